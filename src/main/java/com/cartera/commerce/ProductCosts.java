package com.cartera.commerce;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.cartera.customer.WorkspaceCalendar;
import com.cartera.security.CurrentUser;
import com.cartera.security.Role;
import com.cartera.tenancy.TenantScope;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the workspace's products cost, each from a day on: the cost in force on a day is the one with the latest
 * start on or before it. Finance and admin set costs; finance, admin and management read them (costs are not shown
 * to sales, marketing or support).
 */
@Service
@Transactional(readOnly = true)
@RolesAllowed({Role.Names.ADMIN, Role.Names.FINANCE, Role.Names.MANAGEMENT})
public class ProductCosts {

    /** The largest unit cost accepted: what numeric(14, 4) holds. */
    static final BigDecimal MAX_COST = new BigDecimal("9999999999.9999");

    private final ProductCostSql sql;
    private final ProductRepository products;
    private final CurrentUser currentUser;
    private final WorkspaceCalendar calendar;
    private final ApplicationEventPublisher events;

    ProductCosts(ProductCostSql sql, ProductRepository products, CurrentUser currentUser, WorkspaceCalendar calendar,
                 ApplicationEventPublisher events) {
        this.sql = sql;
        this.products = products;
        this.currentUser = currentUser;
        this.calendar = calendar;
        this.events = events;
    }

    /** Whether the signed-in person may set costs. */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.FINANCE, Role.Names.MANAGEMENT, Role.Names.SALES,
            Role.Names.MARKETING, Role.Names.SUPPORT})
    public boolean canSetCosts() {
        var user = currentUser.require();
        return user.hasRole(Role.ADMIN) || user.hasRole(Role.FINANCE);
    }

    /** Whether the signed-in person may see costs and margins. */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.FINANCE, Role.Names.MANAGEMENT, Role.Names.SALES,
            Role.Names.MARKETING, Role.Names.SUPPORT})
    public boolean canSeeCosts() {
        var user = currentUser.require();
        return user.hasRole(Role.ADMIN) || user.hasRole(Role.FINANCE) || user.hasRole(Role.MANAGEMENT);
    }

    /**
     * Sets what a unit of the product costs from {@code validFrom} on (replacing a cost set for that same day).
     *
     * @throws CostRefusedException on {@code unitCost} when missing, negative or too large, on {@code validFrom}
     *                              when missing or more than a year ahead
     * @throws IllegalArgumentException when the product is not in this workspace
     */
    @Transactional
    @RolesAllowed({Role.Names.ADMIN, Role.Names.FINANCE})
    public ProductCost set(long productId, LocalDate validFrom, BigDecimal unitCost) {
        if (unitCost == null) {
            throw new CostRefusedException("unitCost", "product.cost.required");
        }
        if (unitCost.signum() < 0 || unitCost.compareTo(MAX_COST) > 0) {
            throw new CostRefusedException("unitCost", "product.cost.range", MAX_COST.toPlainString());
        }
        if (unitCost.stripTrailingZeros().scale() > 4) {
            throw new CostRefusedException("unitCost", "product.cost.scale", 4);
        }
        if (validFrom == null) {
            throw new CostRefusedException("validFrom", "product.cost.from-required");
        }
        LocalDate latest = calendar.today().plusYears(1);
        if (validFrom.isAfter(latest)) {
            throw new CostRefusedException("validFrom", "product.cost.from-too-late", latest);
        }
        if (!products.existsById(productId)) {
            throw new IllegalArgumentException("No product " + productId + " in this workspace");
        }
        ProductCost saved = sql.upsert(productId, validFrom, unitCost, currentUser.require().userId());
        events.publishEvent(new ProductCostChanged(TenantScope.require(), productId, validFrom));
        return saved;
    }

    /** Every cost of the product, newest start first. */
    public List<ProductCost> history(long productId) {
        return sql.history(productId);
    }

    /** The cost of the product in force on {@code day}: the latest one starting on or before it. */
    public Optional<ProductCost> inForce(long productId, LocalDate day) {
        return sql.inForce(productId, day);
    }

    /** The cost in force today of each of the given products that has one. */
    public Map<Long, BigDecimal> currentCosts(Collection<Long> productIds) {
        return sql.inForce(productIds, calendar.today());
    }
}
