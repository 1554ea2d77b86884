package com.cartera.marketing.target;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import com.cartera.customer.CustomerFilter;
import com.cartera.customer.MarketingReach;
import com.cartera.customer.RfmSegment;
import com.cartera.customer.SavedView;
import com.cartera.customer.SavedViewService;
import com.cartera.customer.TagService;
import com.cartera.customer.ValueTier;
import com.cartera.marketing.CampaignChannel;
import com.cartera.marketing.TargetKind;
import com.cartera.security.Role;
import com.vaadin.flow.i18n.I18NProvider;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The selections a target list can start from (shared saved views of the customer grid, RFM segments, value tiers,
 * tags) and what each stands for.
 */
@Service
@Transactional(readOnly = true)
@RolesAllowed({Role.Names.ADMIN, Role.Names.MARKETING, Role.Names.MANAGEMENT})
public class Audiences {

    /** One selection to pick: its kind, the value stored for it and its name. */
    public record Choice(TargetKind kind, String value, String label) {
    }

    /**
     * What building a list from a selection now would give: its live customers, and of them how many would be left
     * out for want of consent and for want of an address (an e-mail address for e-mail campaigns, an e-mail address
     * or a phone number for the others).
     */
    public record Preview(long customers, long withoutConsent, long withoutAddress) {

        public long members() {
            return customers - withoutConsent - withoutAddress;
        }
    }

    private final SavedViewService savedViews;
    private final TagService tags;
    private final MarketingReach reach;
    private final I18NProvider i18n;

    Audiences(SavedViewService savedViews, TagService tags, MarketingReach reach, I18NProvider i18n) {
        this.savedViews = savedViews;
        this.tags = tags;
        this.reach = reach;
        this.i18n = i18n;
    }

    public Preview preview(Audience audience, CampaignChannel channel) {
        MarketingReach.ReachCount count = reach.count(audience.filter(), audience.segment());
        long withoutAddress = channel == CampaignChannel.EMAIL ? count.consentWithoutEmail()
                : count.consentWithoutEmailOrPhone();
        return new Preview(count.customers(), count.withoutConsent(), withoutAddress);
    }

    /** The selections of {@code kind}, by name (segments and tiers in their own order). */
    public List<Choice> choices(TargetKind kind, Locale locale) {
        return switch (kind) {
            case SAVED_VIEW -> savedViews.available().stream().filter(SavedView::isShared)
                    .map(view -> new Choice(kind, view.getId().toString(), view.getName())).toList();
            case RFM_SEGMENT -> java.util.Arrays.stream(RfmSegment.values())
                    .map(segment -> new Choice(kind, segment.name(),
                            i18n.getTranslation("rfm.segment." + segment, locale))).toList();
            case TIER -> java.util.Arrays.stream(ValueTier.values())
                    .map(tier -> new Choice(kind, tier.name(), i18n.getTranslation("tier." + tier, locale)))
                    .toList();
            case TAG -> tags.all().stream().map(tag -> new Choice(kind, tag.getId().toString(), tag.getName()))
                    .toList();
        };
    }

    /** What {@code value} of {@code kind} selects, if it names a selection the signed-in person may use. */
    public Optional<Audience> resolve(TargetKind kind, String value, Locale locale) {
        if (kind == null || value == null || value.isBlank()) {
            return Optional.empty();
        }
        String wanted = value.strip();
        return switch (kind) {
            case SAVED_VIEW -> savedViews.available().stream()
                    .filter(view -> view.isShared() && view.getId().toString().equals(wanted)).findFirst()
                    .map(view -> new Audience(view.getDefinition().filter(), null, view.getName()));
            case RFM_SEGMENT -> parse(RfmSegment.class, wanted).map(segment -> new Audience(CustomerFilter.NONE,
                    segment, i18n.getTranslation("rfm.segment." + segment, locale)));
            case TIER -> parse(ValueTier.class, wanted).map(tier -> new Audience(
                    CustomerFilter.NONE.withTiers(Set.of(tier)), null, i18n.getTranslation("tier." + tier, locale)));
            case TAG -> tags.all().stream().filter(tag -> tag.getId().toString().equals(wanted)).findFirst()
                    .map(tag -> new Audience(CustomerFilter.NONE.withTagIds(Set.of(tag.getId())), null,
                            tag.getName()));
        };
    }

    private static <E extends Enum<E>> Optional<E> parse(Class<E> type, String value) {
        try {
            return Optional.of(Enum.valueOf(type, value.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }
}
