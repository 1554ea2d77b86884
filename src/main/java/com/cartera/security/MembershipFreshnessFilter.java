package com.cartera.security;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reads the signed-in person's membership again on every request, Vaadin's UIDL requests included, so that
 * an admin's change takes effect at once in every open session: changed roles replace the session's, and a
 * person whose access to the workspace was withdrawn (membership off, account disabled, workspace
 * suspended) has the session ended before the request does anything.
 */
class MembershipFreshnessFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(MembershipFreshnessFilter.class);

    private final SignInService signIn;
    private final SecurityContextRepository contextRepository;
    private final SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();

    MembershipFreshnessFilter(SignInService signIn, SecurityContextRepository contextRepository) {
        this.signIn = signIn;
        this.contextRepository = contextRepository;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        // Static files of the application and of Vaadin's bundle carry no workspace data.
        String path = request.getServletPath();
        return path.startsWith("/VAADIN/build/") || path.startsWith("/VAADIN/static/") || path.startsWith("/styles/")
                || path.startsWith("/images/") || path.startsWith("/icons/") || path.equals("/favicon.ico");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (holder.getContext().getAuthentication() instanceof WorkspaceAuthentication authentication
                && authentication.getPrincipal().workspace() != null) {
            SignedInUser held = authentication.getPrincipal();
            Optional<SignedInUser> fresh = signIn.refresh(held);
            if (fresh.isEmpty()) {
                log.info("Access of {} to workspace {} was withdrawn: session ended", held.email(),
                        held.workspace().tenant().slug());
                holder.clearContext();
                HttpSession session = request.getSession(false);
                if (session != null) {
                    session.invalidate();
                }
            } else if (!fresh.get().roles().equals(held.roles())) {
                var context = holder.createEmptyContext();
                context.setAuthentication(new WorkspaceAuthentication(fresh.get()));
                holder.setContext(context);
                contextRepository.saveContext(context, request, response);
            }
        }
        chain.doFilter(request, response);
    }
}
