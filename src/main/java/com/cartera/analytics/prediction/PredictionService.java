package com.cartera.analytics.prediction;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.cartera.base.db.BulkWork;
import com.cartera.customer.Customer;
import com.cartera.customer.CustomerService;
import com.cartera.customer.ValueTier;
import com.cartera.security.CurrentUser;
import com.cartera.security.Role;
import com.cartera.security.SignedInUser;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The workspace's predictive CLV and churn risk for people: the latest fit (admin, management, sales), refitting now
 * (admin), the churn-risk list (admin and management see everyone's customers; sales only their own) and one
 * customer's prediction (everyone, on the customer's page).
 */
@Service
@Transactional(readOnly = true)
@RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGEMENT, Role.Names.SALES})
public class PredictionService {

    /** A row of the churn-risk list: the prediction and the customer's name and owner as they are now. */
    public record ChurnRow(CustomerPrediction prediction, String customerName, String ownerName) {
    }

    private final PredictionStore store;
    private final PredictionRefit refit;
    private final BulkWork bulkWork;
    private final CustomerService customers;
    private final CurrentUser currentUser;

    PredictionService(PredictionStore store, PredictionRefit refit, BulkWork bulkWork, CustomerService customers,
                      CurrentUser currentUser) {
        this.store = store;
        this.refit = refit;
        this.bulkWork = bulkWork;
        this.customers = customers;
        this.currentUser = currentUser;
    }

    public Optional<ModelFit> latestFit() {
        return store.latestFit();
    }

    /** Refits the models and rescores every customer now, as the nightly job does; returns the new fit. */
    @RolesAllowed(Role.Names.ADMIN)
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public Optional<ModelFit> refitNow() {
        return bulkWork.inTransaction(BulkWork.Job.PREDICTION, refit::refit).fit();
    }

    /** Whether the signed-in person may refit the models. */
    public boolean canRefit() {
        return currentUser.require().hasRole(Role.ADMIN);
    }

    /** Whether the signed-in person sees only their own customers in the churn-risk list. */
    public boolean onlyOwn() {
        SignedInUser user = currentUser.require();
        return !user.hasRole(Role.ADMIN) && !user.hasRole(Role.MANAGEMENT);
    }

    /**
     * A page of customers by churn risk, highest first.
     *
     * @param ownerId only this owner's customers (null: everyone's); sales always get only their own
     * @param tier    only this value tier (null: all)
     */
    public List<ChurnRow> churnRisks(UUID ownerId, ValueTier tier, int offset, int limit) {
        UUID self = currentUser.require().userId();
        boolean own = onlyOwn();
        var filter = new PredictionStore.Filter(own ? self : ownerId, tier);
        return store.byRisk(filter, offset, limit).stream()
                .flatMap(prediction -> customers.find(prediction.customerId())
                        // Owners are stored when scored: someone whose customer was handed over since no longer sees it.
                        .filter(customer -> !own || (customer.getOwner() != null
                                && self.equals(customer.getOwner().getUserId())))
                        .map(customer -> new ChurnRow(prediction, customer.getName(),
                                customer.getOwner() == null ? null : customer.getOwner().getDisplayName()))
                        .stream())
                .toList();
    }

    public long countChurnRisks(UUID ownerId, ValueTier tier) {
        return store.count(new PredictionStore.Filter(onlyOwn() ? currentUser.require().userId() : ownerId, tier));
    }

    /** The customer's prediction from the latest fit, for their page (everyone who sees the customer). */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.SALES, Role.Names.MARKETING, Role.Names.SUPPORT, Role.Names.FINANCE,
            Role.Names.MANAGEMENT})
    public Optional<CustomerPrediction> predictionOf(Customer customer) {
        return store.of(customer.getId());
    }
}
