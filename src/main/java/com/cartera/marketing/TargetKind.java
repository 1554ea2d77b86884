package com.cartera.marketing;

/**
 * What a campaign's audience or a target list is taken from: a shared saved view of the customer grid (value: its
 * id), an RFM segment (value: the segment's name), a value tier (value: the tier) or a tag (value: its id).
 */
public enum TargetKind {
    SAVED_VIEW, RFM_SEGMENT, TIER, TAG
}
