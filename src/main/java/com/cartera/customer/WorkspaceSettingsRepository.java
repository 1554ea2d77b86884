package com.cartera.customer;

import org.springframework.data.jpa.repository.JpaRepository;

interface WorkspaceSettingsRepository extends JpaRepository<WorkspaceSettings, Short> {

    /** The workspace's single settings row (made by the schema migration). */
    default WorkspaceSettings current() {
        return findById((short) 1).orElseThrow(() -> new IllegalStateException("workspace_settings row is missing"));
    }
}
