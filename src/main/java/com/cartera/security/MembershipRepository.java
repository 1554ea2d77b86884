package com.cartera.security;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface MembershipRepository extends JpaRepository<Membership, UUID> {

    List<Membership> findByUserIdAndActiveTrue(UUID userId);

    Optional<Membership> findByUserIdAndTenantId(UUID userId, UUID tenantId);

    List<Membership> findByTenantIdOrderByUserDisplayName(UUID tenantId);

    Optional<Membership> findByIdAndTenantId(UUID id, UUID tenantId);
}
