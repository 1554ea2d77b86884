package com.cartera.audit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a workspace entity whose every insert, update and delete is recorded in the audit trail with each
 * field's old and new value, in the transaction that makes the change. Fields marked {@link NotAudited} and
 * the {@code @Version} field are left out; a changed collection is recorded as one field listing its elements.
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface Audited {

    /** The record type the trail names, e.g. {@code CUSTOMER}. */
    String value();

    /**
     * The property naming the customer the record concerns, so that the trail can be searched by customer:
     * {@code "id"} for a customer itself, a customer association or id, or a path through an association
     * such as {@code "purchase.customerId"}; empty for none.
     */
    String customer() default "";

    /** The property the trail shows as the record's summary, e.g. its name; empty for none. */
    String label() default "";
}
