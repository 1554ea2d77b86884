/**
 * Predictive CLV and churn risk: the BG/NBD and Gamma-Gamma models, their nightly refit and the churn-risk list.
 * Exposed as the named interface {@code prediction} so that the demo workspace can refit right after seeding.
 */
@NamedInterface("prediction")
package com.cartera.analytics.prediction;

import org.springframework.modulith.NamedInterface;
