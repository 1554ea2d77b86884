package com.cartera.marketing;

/** Whether CAC counts a spend entry as marketing or as sales spend (DESIGN.md §5: CAC counts both, apart). */
public enum SpendKind {
    MARKETING, SALES
}
