package com.cartera.customer;

/** Where a person is in life, for segmentation and loyalty moments. */
public enum LifeStage {
    STUDENT, YOUNG_ADULT, COUPLE, YOUNG_FAMILY, MATURE_FAMILY, EMPTY_NEST, RETIRED
}
