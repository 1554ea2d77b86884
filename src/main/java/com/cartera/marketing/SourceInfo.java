package com.cartera.marketing;

import java.util.function.UnaryOperator;

import com.cartera.customer.CustomerSource;

/**
 * A lead source of the workspace's catalogue.
 *
 * @param code           the built-in source's code ({@code WEB}, {@code REFERRAL} ...), null for one the workspace added
 * @param name           the workspace's own name for it, null for a built-in source nobody renamed
 * @param customerSource the customer record's source value attributed to this source, if any
 */
public record SourceInfo(long id, String code, String name, CustomerSource customerSource, boolean archived) {

    /** The name people see: the workspace's own, or the translation of {@code marketing-source.<code>}. */
    public String label(UnaryOperator<String> translate) {
        return name != null ? name : translate.apply("marketing-source." + code);
    }
}
