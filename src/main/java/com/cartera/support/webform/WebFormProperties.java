package com.cartera.support.webform;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The public support form's limits ({@code cartera.support.form}).
 *
 * @param perClient    submissions one client address may send, across workspaces, per period
 * @param perWorkspace submissions one workspace may receive per period
 * @param period       the time in which a spent budget fills up again, evenly
 * @param minFillTime  a form sent sooner after it was shown is a robot's
 * @param maxAge       a form shown longer ago is sent again after a look (its stamp is renewed)
 * @param maxLinks     links allowed in subject and description together
 * @param stampSecret  the key that signs the time a form was shown; the same on every replica (blank: random per
 *                     process, enough with one replica or session affinity)
 */
@ConfigurationProperties("cartera.support.form")
public record WebFormProperties(int perClient, int perWorkspace, Duration period, Duration minFillTime,
                                Duration maxAge, int maxLinks, String stampSecret) {

    public WebFormProperties {
        perClient = perClient > 0 ? perClient : 5;
        perWorkspace = perWorkspace > 0 ? perWorkspace : 200;
        period = period == null || period.isZero() || period.isNegative() ? Duration.ofHours(1) : period;
        minFillTime = minFillTime == null || minFillTime.isNegative() ? Duration.ofSeconds(3) : minFillTime;
        maxAge = maxAge == null || maxAge.isZero() || maxAge.isNegative() ? Duration.ofHours(2) : maxAge;
        maxLinks = Math.max(0, maxLinks);
        stampSecret = stampSecret == null ? "" : stampSecret;
    }
}
