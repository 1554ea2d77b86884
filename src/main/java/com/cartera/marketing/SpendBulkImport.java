package com.cartera.marketing;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import com.vaadin.flow.i18n.I18NProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Books spend entries read from a spreadsheet, for the import wizard. A row names its campaign or its source by
 * name (a built-in source also by its code or its Spanish or English name); a row with an external reference that
 * was imported before corrects that entry instead of adding one, so importing the same file twice adds nothing.
 * Every row meets the same rules as an entry typed in ({@link SpendChecks}).
 *
 * <p>No permission check here: imports run on background threads where nobody is signed in; the importer checks
 * the submitting person's rights when the job is submitted and passes whom it acts for.
 */
@Component
public class SpendBulkImport {

    /** Longest external reference kept. */
    public static final int IMPORT_KEY_MAX = 120;

    /**
     * A row of the file.
     *
     * @param row          the sheet's row number, handed back in the result
     * @param campaignName a campaign's name, or null for spend on a source alone
     * @param sourceName   the source's name, used when no campaign is named
     * @param importKey    the row's external reference, or null
     */
    public record Row(int row, LocalDate spentOn, BigDecimal amount, SpendCategory category, SpendKind countsAs,
                      String campaignName, String sourceName, String description, String importKey) {
    }

    public enum Status {
        CREATED, UPDATED, REFUSED
    }

    /** What became of a row; a refused one names the field and the message. */
    public record Result(int row, Status status, MarketingRefusedException refusal) {
    }

    private static final List<Locale> LANGUAGES = List.of(Locale.forLanguageTag("es"), Locale.ENGLISH);

    private final SpendRepository entries;
    private final SpendChecks checks;
    private final Campaigns campaigns;
    private final MarketingSources sources;
    private final I18NProvider i18n;
    private final Clock clock;

    SpendBulkImport(SpendRepository entries, SpendChecks checks, Campaigns campaigns, MarketingSources sources,
                    I18NProvider i18n, Clock clock) {
        this.entries = entries;
        this.checks = checks;
        this.campaigns = campaigns;
        this.sources = sources;
        this.i18n = i18n;
        this.clock = clock;
    }

    /** Books the rows in the transaction in progress, on behalf of {@code by}. */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<Result> apply(List<Row> rows, UUID by) {
        Map<String, Long> sourceIds = sourcesByName();
        var results = new ArrayList<Result>(rows.size());
        for (Row row : rows) {
            try {
                results.add(new Result(row.row(), book(row, sourceIds, by), null));
            } catch (MarketingRefusedException refused) {
                results.add(new Result(row.row(), Status.REFUSED, refused));
            }
        }
        return results;
    }

    private Status book(Row row, Map<String, Long> sourceIds, UUID by) {
        Long campaignId = null;
        Long sourceId = null;
        if (row.campaignName() != null && !row.campaignName().isBlank()) {
            campaignId = campaigns.findByName(row.campaignName()).map(CampaignInfo::id)
                    .orElseThrow(() -> new MarketingRefusedException("campaign", "marketing.spend.campaign.not-found",
                            row.campaignName().strip()));
        } else if (row.sourceName() != null && !row.sourceName().isBlank()) {
            sourceId = sourceIds.get(row.sourceName().strip().toLowerCase(Locale.ROOT));
            if (sourceId == null) {
                throw new MarketingRefusedException("source", "marketing.spend.source.not-found",
                        row.sourceName().strip());
            }
        }
        String key = row.importKey() == null || row.importKey().isBlank() ? null : row.importKey().strip();
        if (key != null && key.length() > IMPORT_KEY_MAX) {
            throw new MarketingRefusedException("importKey", "marketing.spend.import-key.too-long", IMPORT_KEY_MAX);
        }
        var draft = new SpendDraft(row.spentOn(), row.amount(), row.category(), row.countsAs(), campaignId, sourceId,
                row.description());
        SpendEntry existing = key == null ? null : entries.findByImportKey(key).orElse(null);
        long bookedOn = checks.check(draft, existing == null ? null : existing.getSourceId());
        if (existing != null) {
            existing.apply(draft, bookedOn);
            existing.corrected(clock.instant(), by);
            entries.save(existing);
            return Status.UPDATED;
        }
        var entry = new SpendEntry(clock.instant(), by, key);
        entry.apply(draft, bookedOn);
        entries.save(entry);
        return Status.CREATED;
    }

    /** Every way a file may name a source, lower case: its own name, a built-in's code and translations. */
    private Map<String, Long> sourcesByName() {
        Map<String, Long> byName = new HashMap<>();
        for (SourceInfo source : sources.all()) {
            if (source.code() != null) {
                byName.putIfAbsent(source.code().toLowerCase(Locale.ROOT), source.id());
                for (Locale language : LANGUAGES) {
                    byName.putIfAbsent(i18n.getTranslation("marketing-source." + source.code(), language)
                            .toLowerCase(Locale.ROOT), source.id());
                }
            }
        }
        // A workspace's own names win over the built-in words.
        sources.all().stream().filter(source -> source.name() != null)
                .forEach(source -> byName.put(source.name().toLowerCase(Locale.ROOT), source.id()));
        return byName;
    }
}
