package com.cartera.customer;

import java.util.List;
import java.util.UUID;

import com.cartera.security.CurrentUser;
import com.cartera.security.FieldRejectedException;
import com.cartera.security.Role;
import com.cartera.security.TeamDirectory;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Validator;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Everyone's named customer-grid views. A person sees their own views and those others shared with the
 * workspace; only the owner changes or deletes a view. Names are unique per owner, ignoring case.
 */
@Service
@Transactional(readOnly = true)
@RolesAllowed({Role.Names.ADMIN, Role.Names.SALES, Role.Names.MARKETING, Role.Names.SUPPORT, Role.Names.FINANCE,
        Role.Names.MANAGEMENT})
public class SavedViewService {

    private final SavedViewRepository views;
    private final CurrentUser currentUser;
    private final TeamDirectory teamDirectory;
    private final Validator validator;

    SavedViewService(SavedViewRepository views, CurrentUser currentUser, TeamDirectory teamDirectory,
                     Validator validator) {
        this.views = views;
        this.currentUser = currentUser;
        this.teamDirectory = teamDirectory;
        this.validator = validator;
    }

    /** The signed-in person's views and the ones others shared, by name. */
    public List<SavedView> available() {
        return views.findAvailableTo(currentUser.require().userId());
    }

    /** Whether the signed-in person owns the view (and so may change it). */
    public boolean isMine(SavedView view) {
        return view.getOwner().getUserId().equals(currentUser.require().userId());
    }

    /**
     * @throws FieldRejectedException naming {@code name} when it is blank, too long or already one of the person's views
     */
    @Transactional
    public SavedView create(String name, boolean shared, SavedViewDefinition definition) {
        UUID me = currentUser.require().userId();
        var view = new SavedView(teamDirectory.find(me).orElseThrow(), clean(name), shared, definition);
        requireValid(view);
        if (views.existsByOwnerUserIdAndNameIgnoreCase(me, view.getName())) {
            throw new FieldRejectedException("name", "views.name.taken");
        }
        return saveUnique(view);
    }

    /** Replaces the view's filters, sort and columns with {@code definition}. */
    @Transactional
    public SavedView update(long id, long expectedVersion, SavedViewDefinition definition) {
        SavedView view = own(id, expectedVersion);
        view.setDefinition(definition);
        return views.saveAndFlush(view);
    }

    /** Shares the view with the whole workspace, or makes it private again. */
    @Transactional
    public SavedView share(long id, long expectedVersion, boolean shared) {
        SavedView view = own(id, expectedVersion);
        view.setShared(shared);
        return views.saveAndFlush(view);
    }

    @Transactional
    public void delete(long id, long expectedVersion) {
        views.delete(own(id, expectedVersion));
    }

    private SavedView own(long id, long expectedVersion) {
        SavedView view = views.findById(id).filter(stored -> stored.getVersion() == expectedVersion)
                .orElseThrow(() -> new ObjectOptimisticLockingFailureException(SavedView.class, id));
        if (!isMine(view)) {
            throw new AccessDeniedException("Only the owner may change saved view " + id);
        }
        return view;
    }

    private SavedView saveUnique(SavedView view) {
        try {
            return views.saveAndFlush(view);
        } catch (DataIntegrityViolationException sameNameMeanwhile) {
            throw new FieldRejectedException("name", "views.name.taken");
        }
    }

    private void requireValid(SavedView view) {
        validator.validate(view).stream().findFirst().ifPresent(violation -> {
            String template = violation.getMessageTemplate();
            throw new FieldRejectedException("name", template.substring(1, template.length() - 1));
        });
    }

    private static String clean(String name) {
        return name == null ? null : name.strip();
    }
}
