package com.cartera.commerce;

import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ProductRepository extends JpaRepository<Product, Long> {

    String MATCHING = " from Product p where (p.active = true or :includeInactive = true)"
            + " and (lower(p.name) like :pattern escape '\\' or lower(p.sku) like :pattern escape '\\'"
            + " or lower(p.category) like :pattern escape '\\')";

    /** @param pattern a lower-case LIKE pattern, {@code %} for all */
    @Query("select p" + MATCHING)
    List<Product> search(@Param("pattern") String pattern, @Param("includeInactive") boolean includeInactive,
                         Pageable pageable);

    @Query("select count(p)" + MATCHING)
    long countMatching(@Param("pattern") String pattern, @Param("includeInactive") boolean includeInactive);

    @Query("select count(p) > 0 from Product p where lower(p.sku) = lower(:sku) and (:id is null or p.id <> :id)")
    boolean skuTaken(@Param("sku") String sku, @Param("id") Long id);
}
