package com.cartera.finance;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** @param refreshCron when every workspace's payment risks are judged again (invoices age with time) */
@ConfigurationProperties("cartera.finance.risk")
record PaymentRiskProperties(String refreshCron) {
}
