package com.cartera.activity;

import com.cartera.customer.ValueTier;
import org.springframework.data.jpa.repository.JpaRepository;

interface AlertRuleRepository extends JpaRepository<AlertRule, ValueTier> {
}
