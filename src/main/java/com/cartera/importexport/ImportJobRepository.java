package com.cartera.importexport;

import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

interface ImportJobRepository extends JpaRepository<ImportJob, Long> {

    List<ImportJob> findByOrderBySubmittedAtDescIdDesc(Limit limit);

    List<ImportJob> findBySubmittedByOrderBySubmittedAtDescIdDesc(UUID submittedBy, Limit limit);
}
