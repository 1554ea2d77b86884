package com.cartera.analytics.prediction;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.cartera.analytics.prediction.ChurnRisk.Level;
import com.cartera.customer.ChurnRiskLevel;
import com.cartera.customer.CustomerChurnRisk;
import com.cartera.customer.ValueTier;
import com.cartera.tenancy.TenantSql;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Reads and writes the workspace's fits and customer predictions. Not secured: the services in front check callers. */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class PredictionStore {

    /** What the churn list is filtered by: owner (null: everyone's) and tier (null: every tier). */
    record Filter(UUID ownerId, ValueTier tier) {
    }

    private static final String PREDICTION_COLUMNS = "customer_id, owner_id, tier, p_alive, expected_purchases_12m,"
            + " expected_spend, clv_12m, churn_score, churn_level, churn_reasons, computed_at";

    private final TenantSql sql;
    /** The risks as the customer grid reads them, kept in step with the predictions. */
    private final CustomerChurnRisk published;

    PredictionStore(TenantSql sql, CustomerChurnRisk published) {
        this.published = published;
        this.sql = sql;
    }

    void saveFit(ModelFit fit) {
        sql.client().sql("""
                        insert into prediction_fit (fitted_at, calibration_end, customers, fit_customers, r, alpha, a, b,
                            log_likelihood, repeat_buyers, p, q, gamma, monthly_discount_rate)
                        values (:fittedAt, :calibrationEnd, :customers, :fitCustomers, :r, :alpha, :a, :b,
                            :logLikelihood, :repeatBuyers, :p, :q, :gamma, :monthlyDiscountRate)""")
                .param("fittedAt", Timestamp.from(fit.fittedAt()))
                .param("calibrationEnd", fit.calibrationEnd())
                .param("customers", fit.customers())
                .param("fitCustomers", fit.fitCustomers())
                .param("r", fit.r()).param("alpha", fit.alpha()).param("a", fit.a()).param("b", fit.b())
                .param("logLikelihood", fit.logLikelihood())
                .param("repeatBuyers", fit.repeatBuyers())
                .param("p", fit.p()).param("q", fit.q()).param("gamma", fit.gamma())
                .param("monthlyDiscountRate", fit.monthlyDiscountRate())
                .update();
    }

    /** The predicted 12-month CLV summed over the scored customers of {@code owner} (null: everyone's). */
    BigDecimal clvTotal(UUID owner) {
        return sql.client().sql("""
                        select coalesce(sum(clv_12m), 0) from customer_prediction
                        where cast(:owner as uuid) is null or owner_id = cast(:owner as uuid)""")
                .param("owner", owner == null ? null : owner.toString())
                .query(BigDecimal.class)
                .single();
    }

    Optional<ModelFit> latestFit() {
        return sql.client().sql("""
                        select id, fitted_at, calibration_end, customers, fit_customers, r, alpha, a, b, log_likelihood,
                            repeat_buyers, p, q, gamma, monthly_discount_rate
                        from prediction_fit order by fitted_at desc, id desc limit 1""")
                .query((rows, n) -> new ModelFit(rows.getLong(1), rows.getTimestamp(2).toInstant(),
                        rows.getDate(3).toLocalDate(), rows.getInt(4), rows.getInt(5), rows.getDouble(6),
                        rows.getDouble(7), rows.getDouble(8), rows.getDouble(9), rows.getDouble(10), rows.getInt(11),
                        rows.getObject(12, Double.class), rows.getObject(13, Double.class),
                        rows.getObject(14, Double.class), rows.getBigDecimal(15)))
                .optional();
    }

    /** Forgets every prediction, before a new scoring writes them again. */
    void clearPredictions() {
        sql.client().sql("delete from customer_prediction").update();
        published.clear();
    }

    /** Writes the predictions in one statement. */
    void insert(List<CustomerPrediction> predictions) {
        if (predictions.isEmpty()) {
            return;
        }
        published.write(predictions.stream().map(prediction -> new CustomerChurnRisk.Update(prediction.customerId(),
                prediction.churnScore(), ChurnRiskLevel.valueOf(prediction.churnLevel().name()),
                ChurnReasons.published(prediction.reasons()))).toList());
        sql.client().sql("insert into customer_prediction (" + PREDICTION_COLUMNS + ")"
                        + " select * from unnest(:ids, :owners, :tiers, :alive, :purchases, :spend, :clv, :score,"
                        + " :level, :reasons, :computed)")
                .param("ids", array("bigint", predictions.stream().map(CustomerPrediction::customerId)))
                .param("owners", array("uuid", predictions.stream().map(CustomerPrediction::ownerId)))
                .param("tiers", array("varchar", predictions.stream().map(p -> p.tier().name())))
                .param("alive", array("float8", predictions.stream().map(CustomerPrediction::probabilityAlive)))
                .param("purchases", array("float8", predictions.stream().map(CustomerPrediction::expectedPurchases12m)))
                .param("spend", array("numeric", predictions.stream().map(CustomerPrediction::expectedSpend)))
                .param("clv", array("numeric", predictions.stream().map(CustomerPrediction::clv12m)))
                .param("score", array("int2", predictions.stream().map(p -> (short) p.churnScore())))
                .param("level", array("varchar", predictions.stream().map(p -> p.churnLevel().name())))
                .param("reasons", array("varchar", predictions.stream().map(p -> ChurnReasons.encode(p.reasons()))))
                .param("computed", array("timestamptz", predictions.stream().map(p -> Timestamp.from(p.computedAt()))))
                .update();
    }

    Optional<CustomerPrediction> of(long customerId) {
        return sql.client().sql("select " + PREDICTION_COLUMNS + " from customer_prediction where customer_id = :id")
                .param("id", customerId)
                .query(PredictionStore::prediction).optional();
    }

    /** A page of the predictions matching {@code filter}, highest churn score first. */
    List<CustomerPrediction> byRisk(Filter filter, int offset, int limit) {
        return sql.client().sql("select " + PREDICTION_COLUMNS + " from customer_prediction"
                        + " where (cast(:owner as uuid) is null or owner_id = :owner)"
                        + " and (cast(:tier as varchar) is null or tier = :tier)"
                        + " order by churn_score desc, customer_id offset :offset limit :limit")
                .param("owner", filter.ownerId())
                .param("tier", filter.tier() == null ? null : filter.tier().name())
                .param("offset", offset)
                .param("limit", limit)
                .query(PredictionStore::prediction).list();
    }

    long count(Filter filter) {
        return sql.client().sql("select count(*) from customer_prediction"
                        + " where (cast(:owner as uuid) is null or owner_id = :owner)"
                        + " and (cast(:tier as varchar) is null or tier = :tier)")
                .param("owner", filter.ownerId())
                .param("tier", filter.tier() == null ? null : filter.tier().name())
                .query(Long.class).single();
    }

    private static SqlArrayValue array(String type, java.util.stream.Stream<?> values) {
        return new SqlArrayValue(type, values.toArray());
    }

    private static CustomerPrediction prediction(ResultSet rows, int n) throws SQLException {
        return new CustomerPrediction(rows.getLong(1), rows.getObject(2, UUID.class),
                ValueTier.valueOf(rows.getString(3)), rows.getDouble(4), rows.getDouble(5), rows.getBigDecimal(6),
                rows.getBigDecimal(7), rows.getInt(8), Level.valueOf(rows.getString(9)),
                ChurnReasons.decode(rows.getString(10)), rows.getTimestamp(11).toInstant());
    }
}
