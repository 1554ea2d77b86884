package com.cartera.customer;

import java.util.List;

import com.cartera.security.Role;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The workspace's tags, for pickers: everyone reads them. */
@Service
@Transactional(readOnly = true)
@RolesAllowed({Role.Names.ADMIN, Role.Names.SALES, Role.Names.MARKETING, Role.Names.SUPPORT, Role.Names.FINANCE,
        Role.Names.MANAGEMENT})
public class TagCatalog {

    private final TagRepository tags;

    TagCatalog(TagRepository tags) {
        this.tags = tags;
    }

    /** Every tag, by name. */
    public List<Tag> all() {
        return tags.findAllByOrderByNameAsc();
    }
}
