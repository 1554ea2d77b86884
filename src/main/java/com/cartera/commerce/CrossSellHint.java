package com.cartera.commerce;

import java.util.List;
import java.util.Optional;

import com.cartera.customer.Customer;
import com.cartera.customer.NextBestActionSource;
import org.springframework.stereotype.Component;

/** Suggests offering the customer the best cross-sell product, the least urgent kind of next step. */
@Component
class CrossSellHint implements NextBestActionSource {

    static final int URGENCY = 20;

    private final CrossSellService crossSell;

    CrossSellHint(CrossSellService crossSell) {
        this.crossSell = crossSell;
    }

    @Override
    public Optional<NextBestAction> suggest(Customer customer) {
        return crossSell.suggestionsFor(customer.getId(), 1).stream().findFirst()
                .map(best -> new NextBestAction(URGENCY, "crosssell.hint", List.of(best.productName(), best.peers())));
    }
}
