package com.cartera.marketing;

import java.util.Arrays;
import java.util.List;

import com.cartera.customer.RfmSegment;
import com.cartera.customer.SavedViewService;
import com.cartera.customer.TagService;
import com.cartera.customer.ValueTier;
import com.cartera.security.Role;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audiences a campaign may aim at, read through customer's public services: the workspace's shared saved views
 * of the customer grid, the RFM segments, the value tiers and the tags.
 */
@Service
@Transactional(readOnly = true)
@RolesAllowed({Role.Names.ADMIN, Role.Names.MARKETING, Role.Names.MANAGEMENT})
public class CampaignTargets {

    /**
     * One audience to choose.
     *
     * @param name the saved view's or tag's name; null for a segment or tier, whose name is translated
     *             ({@code rfm.segment.<value>}, {@code tier.<value>})
     */
    public record Option(TargetKind kind, String value, String name) {
    }

    private final SavedViewService savedViews;
    private final TagService tags;

    CampaignTargets(SavedViewService savedViews, TagService tags) {
        this.savedViews = savedViews;
        this.tags = tags;
    }

    public List<Option> options(TargetKind kind) {
        return switch (kind) {
            case SAVED_VIEW -> savedViews.available().stream().filter(view -> view.isShared())
                    .map(view -> new Option(kind, view.getId().toString(), view.getName())).toList();
            case RFM_SEGMENT -> Arrays.stream(RfmSegment.values()).map(s -> new Option(kind, s.name(), null)).toList();
            case TIER -> Arrays.stream(ValueTier.values()).map(t -> new Option(kind, t.name(), null)).toList();
            case TAG -> tags.all().stream().map(tag -> new Option(kind, tag.getId().toString(), tag.getName()))
                    .toList();
        };
    }

    /** Whether {@code value} is one of the audiences of that kind the workspace offers now. */
    public boolean exists(TargetKind kind, String value) {
        return value != null && options(kind).stream().anyMatch(option -> option.value().equals(value));
    }
}
