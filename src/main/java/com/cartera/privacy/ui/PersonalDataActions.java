package com.cartera.privacy.ui;

import java.util.List;

import com.cartera.customer.Customer;
import com.cartera.customer.CustomerPageAction;
import com.cartera.privacy.PersonalDataService;
import com.cartera.security.CurrentUser;
import com.cartera.security.Role;
import com.vaadin.flow.component.Component;

/** Adds exporting and erasing a person's data to the customer 360 page, for admins. */
@org.springframework.stereotype.Component
class PersonalDataActions implements CustomerPageAction {

    private final PersonalDataService personalData;
    private final CurrentUser currentUser;

    PersonalDataActions(PersonalDataService personalData, CurrentUser currentUser) {
        this.personalData = personalData;
        this.currentUser = currentUser;
    }

    @Override
    public List<Component> create(Customer customer, Runnable changed) {
        boolean admin = currentUser.get().filter(user -> user.hasRole(Role.ADMIN)).isPresent();
        return admin ? List.of(new PersonalDataButtons(personalData, customer, changed)) : List.of();
    }
}
