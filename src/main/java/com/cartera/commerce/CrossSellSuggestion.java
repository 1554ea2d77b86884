package com.cartera.commerce;

/**
 * A product to offer a customer because customers with similar purchases bought it.
 *
 * @param peers         how many customers who share a product with this one bought it (the ranking score)
 * @param coOccurrence  the tie-breaker: over those customers, the sum of how many of this customer's products
 *                      each of them bought, so that closer matches weigh more
 * @param sharedProduct the product of this customer most often bought by those customers, the "because"
 * @param sharedPeers   how many of those customers bought {@code sharedProduct}
 */
public record CrossSellSuggestion(long productId, String productName, long peers, long coOccurrence,
                                  String sharedProduct, long sharedPeers) {
}
