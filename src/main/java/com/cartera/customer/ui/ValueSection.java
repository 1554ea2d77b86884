package com.cartera.customer.ui;

import com.cartera.customer.Customer;
import com.cartera.customer.CustomerPermissions;
import com.cartera.customer.CustomerSection;
import com.cartera.customer.CustomerService;
import com.cartera.customer.SegmentService;
import com.cartera.customer.WorkspaceSettingsService;
import com.cartera.security.TeamDirectory;
import com.vaadin.flow.component.Component;

/** The "Valor" tab of the customer 360 page: value tier (and its override), historical CLV, RFM. */
@org.springframework.stereotype.Component
class ValueSection implements CustomerSection {

    private final CustomerService customerService;
    private final SegmentService segmentService;
    private final WorkspaceSettingsService settingsService;
    private final CustomerPermissions permissions;
    private final TeamDirectory teamDirectory;

    ValueSection(CustomerService customerService, SegmentService segmentService,
                 WorkspaceSettingsService settingsService, CustomerPermissions permissions,
                 TeamDirectory teamDirectory) {
        this.customerService = customerService;
        this.segmentService = segmentService;
        this.settingsService = settingsService;
        this.permissions = permissions;
        this.teamDirectory = teamDirectory;
    }

    @Override
    public String titleKey() {
        return "value.section";
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public Component create(Customer customer) {
        return new ValuePanel(customer, customerService, segmentService, settingsService.current(), permissions,
                teamDirectory);
    }
}
