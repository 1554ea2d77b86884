package com.cartera.base.ui;

import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.router.HasDynamicTitle;

/**
 * A view with a heading: the application's navigation bar shows it, and the browser tab reads it followed by
 * the application's name.
 */
public interface HasHeading extends HasDynamicTitle {

    String heading();

    @Override
    default String getPageTitle() {
        return heading() + " · " + I18NProvider.translate("app.name");
    }
}
