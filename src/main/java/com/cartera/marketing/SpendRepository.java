package com.cartera.marketing;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface SpendRepository extends JpaRepository<SpendEntry, Long> {

    Optional<SpendEntry> findByImportKey(String importKey);
}
