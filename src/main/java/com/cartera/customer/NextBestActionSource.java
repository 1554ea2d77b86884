package com.cartera.customer;

import java.util.List;
import java.util.Optional;

/**
 * Suggests what to do next with a customer (follow up an overdue contact, reactivate, cross-sell). The
 * 360 page shows the most urgent suggestion of all sources. Implemented by the module that knows the
 * reason; each is a Spring bean.
 */
public interface NextBestActionSource {

    Optional<NextBestAction> suggest(Customer customer);

    /**
     * @param urgency    higher first: 100 overdue follow-up, 50 reactivation, 20 cross-sell
     * @param messageKey i18n key of the hint
     * @param args       arguments of the hint's message
     */
    record NextBestAction(int urgency, String messageKey, List<Object> args) {
    }
}
