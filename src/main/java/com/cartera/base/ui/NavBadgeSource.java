package com.cartera.base.ui;

/**
 * A count shown beside an item of the side navigation (due follow-ups beside the agenda), for the signed-in
 * person. Each is a Spring bean; the layout asks again after every navigation.
 */
public interface NavBadgeSource {

    /** The route path of the navigation item, as in its {@code @Route} (no leading slash). */
    String path();

    /** What to show; 0 shows nothing. */
    long count();
}
