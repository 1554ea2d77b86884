package com.cartera.live;

/**
 * Carries committed live events to every instance of Cartera, which hands them to its open pages of the same
 * workspace ({@link LiveUpdates}).
 */
interface LiveChannel {

    void send(LiveEvent event);
}
