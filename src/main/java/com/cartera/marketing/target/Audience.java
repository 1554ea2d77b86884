package com.cartera.marketing.target;

import com.cartera.customer.CustomerFilter;
import com.cartera.customer.RfmSegment;

/**
 * A target list's selection resolved to what the customer module reads: a grid filter, narrowed to one RFM segment
 * where the list is taken from a segment.
 *
 * @param label the selection's name as people see it (the saved view's or tag's name, the segment or tier)
 */
public record Audience(CustomerFilter filter, RfmSegment segment, String label) {
}
