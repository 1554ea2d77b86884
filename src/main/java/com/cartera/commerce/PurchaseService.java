package com.cartera.commerce;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.cartera.commerce.InvalidPurchaseException.Problem;
import com.cartera.customer.Customer;
import com.cartera.customer.CustomerPermissions;
import com.cartera.customer.CustomerPermissions.Action;
import com.cartera.customer.CustomerService;
import com.cartera.security.CurrentUser;
import com.cartera.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.validation.Validator;
import com.cartera.tenancy.TenantScope;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Pageable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Customers' purchases: list them, record, edit and delete them. Whoever may record purchases for the
 * customer ({@link Action#RECORD_PURCHASE}) may also correct and delete them. The customer's purchase
 * figures and computed tier follow by database triggers on every change.
 */
@Service
@Transactional(readOnly = true)
@RolesAllowed({Role.Names.ADMIN, Role.Names.SALES, Role.Names.MARKETING, Role.Names.SUPPORT, Role.Names.FINANCE,
        Role.Names.MANAGEMENT})
public class PurchaseService {

    private final PurchaseRepository purchases;
    private final ProductRepository products;
    private final CustomerService customers;
    private final CustomerPermissions permissions;
    private final CurrentUser currentUser;
    private final Validator validator;
    private final EntityManager entityManager;
    private final ApplicationEventPublisher events;

    PurchaseService(PurchaseRepository purchases, ProductRepository products, CustomerService customers,
                    CustomerPermissions permissions, CurrentUser currentUser, Validator validator,
                    EntityManager entityManager, ApplicationEventPublisher events) {
        this.purchases = purchases;
        this.products = products;
        this.customers = customers;
        this.permissions = permissions;
        this.currentUser = currentUser;
        this.validator = validator;
        this.entityManager = entityManager;
        this.events = events;
    }

    /** One page of the customer's purchases, newest first, with their lines and products. */
    public List<Purchase> purchasesOf(long customerId, Pageable pageable) {
        List<Long> ids = purchases.idsOf(customerId, pageable);
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Purchase> byId = purchases.findDetailed(ids).stream()
                .collect(Collectors.toMap(Purchase::getId, Function.identity()));
        return ids.stream().map(byId::get).toList();
    }

    public long countOf(long customerId) {
        return purchases.countByCustomerId(customerId);
    }

    /** Whether the signed-in person may record, correct and delete purchases of {@code customer}. */
    public boolean canRecord(Customer customer) {
        return permissions.can(Action.RECORD_PURCHASE, customer);
    }

    /**
     * Records a purchase for a customer. A line without a unit price gets the product's catalogue price.
     *
     * @throws InvalidPurchaseException naming every wrong field and line; nothing is saved
     * @throws AccessDeniedException when the signed-in person may not record purchases for the customer
     * @throws ObjectOptimisticLockingFailureException when the customer is gone (deleted or merged meanwhile)
     */
    @Transactional
    public Purchase record(long customerId, PurchaseDraft draft) {
        requireAllowed(customerId);
        var purchase = new Purchase(customerId, draft.purchasedOn());
        fill(purchase, draft, Set.of());
        purchase.setCreatedBy(currentUser.require().userId());
        Purchase saved = purchases.saveAndFlush(purchase);
        changed(customerId);
        return saved;
    }

    /**
     * Replaces a purchase's date, channel, payment, notes and lines. Products taken off the catalogue since
     * may stay on it.
     *
     * @throws InvalidPurchaseException naming every wrong field and line; nothing is changed
     * @throws ObjectOptimisticLockingFailureException when someone else changed or deleted it meanwhile
     */
    @Transactional
    public Purchase update(long purchaseId, long expectedVersion, PurchaseDraft draft) {
        Purchase purchase = current(purchaseId, expectedVersion);
        requireAllowed(purchase.getCustomerId());
        // The lines live in their own table: changing only them would leave the purchase's version as it was,
        // and a concurrent editor would overwrite them unnoticed. Taking the row also makes concurrent
        // editors wait for each other.
        entityManager.lock(purchase, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        Set<Long> productsOnIt = purchase.getLines().stream().map(line -> line.getProduct().getId())
                .collect(Collectors.toSet());
        fill(purchase, draft, productsOnIt);
        Purchase saved = purchases.saveAndFlush(purchase);
        changed(saved.getCustomerId());
        return saved;
    }

    /** @throws ObjectOptimisticLockingFailureException when someone else changed or deleted it meanwhile */
    @Transactional
    public void delete(long purchaseId, long expectedVersion) {
        Purchase purchase = current(purchaseId, expectedVersion);
        requireAllowed(purchase.getCustomerId());
        purchases.delete(purchase);
        purchases.flush();
        changed(purchase.getCustomerId());
    }

    private void changed(long customerId) {
        events.publishEvent(new PurchasesChanged(TenantScope.require(), Set.of(customerId)));
    }

    private Purchase current(long purchaseId, long expectedVersion) {
        return purchases.findById(purchaseId)
                .filter(stored -> stored.getVersion() == expectedVersion)
                .orElseThrow(() -> new ObjectOptimisticLockingFailureException(Purchase.class, purchaseId));
    }

    private void requireAllowed(long customerId) {
        Customer customer = customers.find(customerId)
                .orElseThrow(() -> new ObjectOptimisticLockingFailureException(Customer.class, customerId));
        permissions.require(Action.RECORD_PURCHASE, customer);
    }

    /**
     * Checks the whole draft first, then writes it onto {@code purchase}, so that a refused draft leaves the
     * purchase as it was.
     *
     * @param allowedInactive products that may stay on the purchase although no longer sold
     */
    private void fill(Purchase purchase, PurchaseDraft draft, Set<Long> allowedInactive) {
        Map<Long, Product> chosen = products.findAllById(draft.lines().stream().map(PurchaseDraft.Line::productId)
                        .filter(Objects::nonNull).collect(Collectors.toSet())).stream()
                .collect(Collectors.toMap(Product::getId, Function.identity()));
        var problems = new ArrayList<Problem>();
        checkValue("purchasedOn", draft.purchasedOn(), problems);
        checkValue("channel", draft.channel(), problems);
        checkValue("notes", draft.notes(), problems);
        if (draft.lines().isEmpty()) {
            problems.add(new Problem(null, "lines", "purchase.lines.required"));
        }
        BigDecimal total = BigDecimal.ZERO;
        for (int index = 0; index < draft.lines().size(); index++) {
            PurchaseDraft.Line line = draft.lines().get(index);
            Product product = line.productId() == null ? null : chosen.get(line.productId());
            List<Problem> lineProblems = PurchaseLineRules.problems(index, line, product, allowedInactive);
            problems.addAll(lineProblems);
            if (lineProblems.isEmpty()) {
                total = total.add(PurchaseLine.amountOf(line.quantity(), priceOf(line, product)));
            }
        }
        if (total.compareTo(PurchaseLineRules.AMOUNT_LIMIT) >= 0) {
            problems.add(new Problem(null, "lines", "purchase.total.too-large"));
        }
        if (!problems.isEmpty()) {
            problems.sort(Comparator.comparing((Problem p) -> p.line() == null ? -1 : p.line()));
            throw new InvalidPurchaseException(problems);
        }
        purchase.setPurchasedOn(draft.purchasedOn());
        purchase.setChannel(draft.channel());
        purchase.setPaymentMethod(draft.paymentMethod());
        purchase.setNotes(draft.notes() == null || draft.notes().isBlank() ? null : draft.notes().strip());
        purchase.getLines().forEach(purchase::removeLine);
        for (PurchaseDraft.Line line : draft.lines()) {
            Product product = chosen.get(line.productId());
            purchase.addLine(product, line.quantity(), priceOf(line, product));
        }
    }

    private static BigDecimal priceOf(PurchaseDraft.Line line, Product product) {
        return line.unitPrice() != null ? line.unitPrice() : product.getUnitPrice();
    }

    private void checkValue(String property, Object value, List<Problem> problems) {
        validator.validateValue(Purchase.class, property, value).stream().findFirst().ifPresent(violation ->
                problems.add(new Problem(null, property, messageKey(violation.getMessageTemplate()))));
    }

    private static String messageKey(String template) {
        return template.startsWith("{") && template.endsWith("}") ? template.substring(1, template.length() - 1)
                : template;
    }
}
