package com.cartera.customer;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.function.Function;

import com.cartera.security.TeamMember;

/**
 * Every field of a customer a person can edit, with the permission group it belongs to. One list serves
 * the permission check on save, the "who changed what" of an edit conflict and the field choice of a merge.
 */
public enum CustomerField {
    KIND(FieldGroup.PROFILE, Customer::getKind, (c, v) -> c.setKind((CustomerKind) v)),
    NAME(FieldGroup.PROFILE, Customer::getName, (c, v) -> c.setName((String) v)),
    EMAIL(FieldGroup.PROFILE, Customer::getEmail, (c, v) -> c.setEmail((String) v)),
    PHONE(FieldGroup.PROFILE, Customer::getPhone, (c, v) -> c.setPhone((String) v)),
    TAX_ID(FieldGroup.PROFILE, Customer::getTaxId, (c, v) -> c.setTaxId((String) v)),
    CITY(FieldGroup.PROFILE, Customer::getCity, (c, v) -> c.setCity((String) v)),
    REGION(FieldGroup.PROFILE, Customer::getRegion, (c, v) -> c.setRegion((String) v)),
    COUNTRY(FieldGroup.PROFILE, Customer::getCountry, (c, v) -> c.setCountry((String) v)),
    LIFECYCLE_STAGE(FieldGroup.PROFILE, Customer::getLifecycleStage, (c, v) -> c.setLifecycleStage((LifecycleStage) v)),
    BIRTHDAY(FieldGroup.PROFILE, Customer::getBirthday, (c, v) -> c.setBirthday((LocalDate) v)),
    REFERRED_BY(FieldGroup.PROFILE, Customer::getReferredBy, (c, v) -> c.setReferredBy((Customer) v)),
    NOTES(FieldGroup.PROFILE, Customer::getNotes, (c, v) -> c.setNotes((String) v)),
    OWNER(FieldGroup.OWNER, Customer::getOwner, (c, v) -> c.setOwner((TeamMember) v)),
    SECTOR(FieldGroup.SEGMENTATION, Customer::getSector, (c, v) -> c.setSector((String) v)),
    COMPANY_SIZE(FieldGroup.SEGMENTATION, Customer::getCompanySize, (c, v) -> c.setCompanySize((CompanySize) v)),
    INCOME_BAND(FieldGroup.SEGMENTATION, Customer::getIncomeBand, (c, v) -> c.setIncomeBand((IncomeBand) v)),
    LIFE_STAGE(FieldGroup.SEGMENTATION, Customer::getLifeStage, (c, v) -> c.setLifeStage((LifeStage) v)),
    INTERESTS(FieldGroup.SEGMENTATION, Customer::getInterests, (c, v) -> c.setInterests((String) v)),
    MARKETING_CONSENT(FieldGroup.SEGMENTATION, Customer::isMarketingConsent,
            (c, v) -> c.setMarketingConsent(Boolean.TRUE.equals(v))),
    SOURCE(FieldGroup.SEGMENTATION, Customer::getSource, (c, v) -> c.setSource((CustomerSource) v)),
    SOURCE_CAMPAIGN(FieldGroup.SEGMENTATION, Customer::getSourceCampaign, (c, v) -> c.setSourceCampaign((String) v)),
    PREFERRED_PAYMENT(FieldGroup.PAYMENT, Customer::getPreferredPayment,
            (c, v) -> c.setPreferredPayment((PaymentMethod) v)),
    TAGS(FieldGroup.TAGS, Customer::getTags, (c, v) -> c.setTags(tagsOf(v)));

    /** Who may edit a field is decided per group; see {@link CustomerPermissions}. */
    public enum FieldGroup {
        PROFILE, SEGMENTATION, PAYMENT, TAGS, OWNER
    }

    private final FieldGroup group;
    private final Function<Customer, Object> getter;
    private final BiConsumer<Customer, Object> setter;

    @SuppressWarnings("unchecked")
    <T> CustomerField(FieldGroup group, Function<Customer, T> getter, BiConsumer<Customer, Object> setter) {
        this.group = group;
        this.getter = (Function<Customer, Object>) getter;
        this.setter = setter;
    }

    public FieldGroup group() {
        return group;
    }

    /** The i18n key of the field's label. */
    public String labelKey() {
        return "customer.field." + name();
    }

    public Object get(Customer customer) {
        return getter.apply(customer);
    }

    /** Copies this field's value from {@code source} to {@code target}. */
    public void copy(Customer source, Customer target) {
        setter.accept(target, get(source));
    }

    public void set(Customer customer, Object value) {
        setter.accept(customer, value);
    }

    /** Whether the two customers hold different values here; related entities compare by id, blank equals empty. */
    public boolean differs(Customer a, Customer b) {
        return !Objects.equals(comparable(get(a)), comparable(get(b)));
    }

    /** The value as compared and as shown in a change list: ids for related entities, null for blank text. */
    static Object comparable(Object value) {
        return switch (value) {
            case null -> null;
            case String text -> text.isBlank() ? null : text.strip();
            case TeamMember member -> member.getUserId();
            case Customer customer -> customer.getId();
            case Set<?> tags -> tagIds(tags);
            default -> value;
        };
    }

    private static Set<Long> tagIds(Set<?> tags) {
        var ids = new TreeSet<Long>();
        tags.forEach(tag -> ids.add(((Tag) tag).getId()));
        return ids;
    }

    @SuppressWarnings("unchecked")
    private static Set<Tag> tagsOf(Object value) {
        return value == null ? Set.of() : (Set<Tag>) value;
    }
}
