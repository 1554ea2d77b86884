package com.cartera.sales;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;

import com.cartera.commerce.ProductService;
import com.cartera.customer.TagService;
import com.cartera.customer.WorkspaceSettingsService;
import com.cartera.security.Role;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the sales screens need to know from the rest of the workspace: the workspace currency, the product
 * catalogue and the tags, read through their modules' services.
 */
@Service
@Transactional(readOnly = true)
@RolesAllowed({Role.Names.ADMIN, Role.Names.SALES, Role.Names.MARKETING, Role.Names.SUPPORT, Role.Names.FINANCE,
        Role.Names.MANAGEMENT})
public class SalesLookups {

    /** A product an opportunity may name. */
    public record ProductChoice(long id, String name) {
    }

    /** A tag the board may be narrowed by. */
    public record TagChoice(long id, String name, String colour) {
    }

    private final WorkspaceSettingsService settings;
    private final ProductService products;
    private final TagService tags;

    SalesLookups(WorkspaceSettingsService settings, ProductService products, TagService tags) {
        this.settings = settings;
        this.products = products;
        this.tags = tags;
    }

    public String workspaceCurrency() {
        return settings.current().getCurrency();
    }

    /**
     * Active products whose name, SKU or category contains {@code text} (any case), by name, one page;
     * {@code offset} is a multiple of {@code limit}, as the lazy choosers ask.
     */
    public List<ProductChoice> products(String text, int offset, int limit) {
        return products.page(text == null ? "" : text.strip(), false, PageRequest.of(offset / limit, limit)).stream()
                .map(product -> new ProductChoice(product.getId(), product.getName()))
                .toList();
    }

    public List<ProductChoice> productsById(Collection<Long> ids) {
        return ids.stream()
                .flatMap(id -> products.find(id).stream())
                .map(product -> new ProductChoice(product.getId(), product.getName()))
                .sorted(Comparator.comparing(ProductChoice::name))
                .toList();
    }

    public List<TagChoice> tags() {
        return tags.all().stream()
                .map(tag -> new TagChoice(tag.getId(), tag.getName(), tag.getColour()))
                .toList();
    }
}
