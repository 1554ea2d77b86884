package com.cartera.sales;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface PipelineRepository extends JpaRepository<Pipeline, Long> {

    List<Pipeline> findAllByOrderByMainDescNameAsc();

    Optional<Pipeline> findByMainTrue();

    boolean existsByNameIgnoreCase(String name);
}
