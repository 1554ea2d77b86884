package com.cartera.customer;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/**
 * What the customer grid is narrowed to. Empty parts do not narrow; a set matches any of its values.
 *
 * @param text               matched against name, e-mail, phone and tax id, ignoring case and accents
 * @param stages             lifecycle stages
 * @param tiers              value tiers in force (override or computed)
 * @param owners             owning team members' user ids
 * @param unassigned         customers without an owner (as well as those of {@code owners}, if any)
 * @param tagIds             customers carrying at least one of these tags
 * @param alerts             follow-up alert colours
 * @param city               exact city, ignoring case
 * @param region             exact region, ignoring case
 * @param sector             exact sector, ignoring case
 * @param lastPurchaseFrom   last purchase on or after this day
 * @param lastPurchaseTo     last purchase on or before this day
 * @param clvMin             historical CLV (revenue to date) at least this
 * @param clvMax             historical CLV at most this
 * @param deleted            the deleted customers (the bin) instead of the live ones
 * @param churnRisks         churn-risk levels, as analytics last estimated them
 * @param listId             only the customers of this {@link CustomerList} (e.g. a dashboard's drill-down)
 * @param paymentRisks       payment-risk levels, as finance last judged them
 * @param noPaymentRisk      customers without a payment risk (as well as those of {@code paymentRisks}, if any)
 */
public record CustomerFilter(String text, Set<LifecycleStage> stages, Set<ValueTier> tiers, Set<UUID> owners,
                             boolean unassigned, Set<Long> tagIds, Set<AlertColour> alerts, String city,
                             String region, String sector, LocalDate lastPurchaseFrom, LocalDate lastPurchaseTo,
                             BigDecimal clvMin, BigDecimal clvMax, boolean deleted,
                             Set<ChurnRiskLevel> churnRisks, UUID listId, Set<PaymentRisk> paymentRisks,
                             boolean noPaymentRisk) {

    public static final CustomerFilter NONE = new CustomerFilter(null, Set.of(), Set.of(), Set.of(), false, Set.of(),
            Set.of(), null, null, null, null, null, null, null, false, Set.of(), null, Set.of(), false);

    public CustomerFilter {
        stages = stages == null ? Set.of() : Set.copyOf(stages);
        tiers = tiers == null ? Set.of() : Set.copyOf(tiers);
        owners = owners == null ? Set.of() : Set.copyOf(owners);
        tagIds = tagIds == null ? Set.of() : Set.copyOf(tagIds);
        alerts = alerts == null ? Set.of() : Set.copyOf(alerts);
        churnRisks = churnRisks == null ? Set.of() : Set.copyOf(churnRisks);
        paymentRisks = paymentRisks == null ? Set.of() : Set.copyOf(paymentRisks);
    }

    public CustomerFilter withText(String newText) {
        return new CustomerFilter(newText, stages, tiers, owners, unassigned, tagIds, alerts, city, region, sector,
                lastPurchaseFrom, lastPurchaseTo, clvMin, clvMax, deleted, churnRisks, listId, paymentRisks,
                noPaymentRisk);
    }

    public CustomerFilter withStages(Set<LifecycleStage> newStages) {
        return new CustomerFilter(text, newStages, tiers, owners, unassigned, tagIds, alerts, city, region, sector,
                lastPurchaseFrom, lastPurchaseTo, clvMin, clvMax, deleted, churnRisks, listId, paymentRisks,
                noPaymentRisk);
    }

    public CustomerFilter withTiers(Set<ValueTier> newTiers) {
        return new CustomerFilter(text, stages, newTiers, owners, unassigned, tagIds, alerts, city, region, sector,
                lastPurchaseFrom, lastPurchaseTo, clvMin, clvMax, deleted, churnRisks, listId, paymentRisks,
                noPaymentRisk);
    }

    public CustomerFilter withOwners(Set<UUID> newOwners, boolean newUnassigned) {
        return new CustomerFilter(text, stages, tiers, newOwners, newUnassigned, tagIds, alerts, city, region, sector,
                lastPurchaseFrom, lastPurchaseTo, clvMin, clvMax, deleted, churnRisks, listId, paymentRisks,
                noPaymentRisk);
    }

    public CustomerFilter withTagIds(Set<Long> newTagIds) {
        return new CustomerFilter(text, stages, tiers, owners, unassigned, newTagIds, alerts, city, region, sector,
                lastPurchaseFrom, lastPurchaseTo, clvMin, clvMax, deleted, churnRisks, listId, paymentRisks,
                noPaymentRisk);
    }

    public CustomerFilter withAlerts(Set<AlertColour> newAlerts) {
        return new CustomerFilter(text, stages, tiers, owners, unassigned, tagIds, newAlerts, city, region, sector,
                lastPurchaseFrom, lastPurchaseTo, clvMin, clvMax, deleted, churnRisks, listId, paymentRisks,
                noPaymentRisk);
    }

    public CustomerFilter withPlace(String newCity, String newRegion) {
        return new CustomerFilter(text, stages, tiers, owners, unassigned, tagIds, alerts, newCity, newRegion, sector,
                lastPurchaseFrom, lastPurchaseTo, clvMin, clvMax, deleted, churnRisks, listId, paymentRisks,
                noPaymentRisk);
    }

    public CustomerFilter withSector(String newSector) {
        return new CustomerFilter(text, stages, tiers, owners, unassigned, tagIds, alerts, city, region, newSector,
                lastPurchaseFrom, lastPurchaseTo, clvMin, clvMax, deleted, churnRisks, listId, paymentRisks,
                noPaymentRisk);
    }

    public CustomerFilter withLastPurchase(LocalDate from, LocalDate to) {
        return new CustomerFilter(text, stages, tiers, owners, unassigned, tagIds, alerts, city, region, sector,
                from, to, clvMin, clvMax, deleted, churnRisks, listId, paymentRisks,
                noPaymentRisk);
    }

    public CustomerFilter withClv(BigDecimal min, BigDecimal max) {
        return new CustomerFilter(text, stages, tiers, owners, unassigned, tagIds, alerts, city, region, sector,
                lastPurchaseFrom, lastPurchaseTo, min, max, deleted, churnRisks, listId, paymentRisks,
                noPaymentRisk);
    }

    public CustomerFilter withDeleted(boolean newDeleted) {
        return new CustomerFilter(text, stages, tiers, owners, unassigned, tagIds, alerts, city, region, sector,
                lastPurchaseFrom, lastPurchaseTo, clvMin, clvMax, newDeleted, churnRisks, listId, paymentRisks,
                noPaymentRisk);
    }

    public CustomerFilter withChurnRisks(Set<ChurnRiskLevel> newChurnRisks) {
        return new CustomerFilter(text, stages, tiers, owners, unassigned, tagIds, alerts, city, region, sector,
                lastPurchaseFrom, lastPurchaseTo, clvMin, clvMax, deleted, newChurnRisks, listId, paymentRisks,
                noPaymentRisk);
    }

    public CustomerFilter withList(UUID newListId) {
        return new CustomerFilter(text, stages, tiers, owners, unassigned, tagIds, alerts, city, region, sector,
                lastPurchaseFrom, lastPurchaseTo, clvMin, clvMax, deleted, churnRisks, newListId, paymentRisks,
                noPaymentRisk);
    }

    public CustomerFilter withPaymentRisks(Set<PaymentRisk> newPaymentRisks, boolean none) {
        return new CustomerFilter(text, stages, tiers, owners, unassigned, tagIds, alerts, city, region, sector,
                lastPurchaseFrom, lastPurchaseTo, clvMin, clvMax, deleted, churnRisks, listId, newPaymentRisks, none);
    }
}
