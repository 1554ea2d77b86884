package com.cartera.customer;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import com.cartera.customer.NextBestActionSource.NextBestAction;
import com.cartera.security.Role;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.stereotype.Service;

/** The single most urgent suggestion for a customer among every module's {@link NextBestActionSource}. */
@Service
@RolesAllowed({Role.Names.ADMIN, Role.Names.SALES, Role.Names.MARKETING, Role.Names.SUPPORT, Role.Names.FINANCE,
        Role.Names.MANAGEMENT})
public class NextBestActions {

    private final List<NextBestActionSource> sources;

    NextBestActions(List<NextBestActionSource> sources) {
        this.sources = List.copyOf(sources);
    }

    public Optional<NextBestAction> mostUrgent(Customer customer) {
        return sources.stream()
                .map(source -> source.suggest(customer))
                .flatMap(Optional::stream)
                .max(Comparator.comparingInt(NextBestAction::urgency));
    }
}
