package org.collabscreen.security;

import io.github.bucket4j.ConsumptionProbe;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Charges the current API key's rate limit for the work a request carries, such as the items of a batch. */
@Component
public class RequestAllowance {

    private final KeyAllowances allowances;

    RequestAllowance(KeyAllowances allowances) {
        this.allowances = allowances;
    }

    /**
     * Charges {@code units} of work, less the one token the request already paid; past the allowance this throws a
     * 429 problem with {@code Retry-After} and charges nothing. A request of more units than the whole allowance costs
     * the whole allowance.
     */
    public void charge(long units) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (!(authentication instanceof ApiKeyAuthentication key)) {
            return;
        }
        long extra = allowances.cost(units) - 1;
        if (extra <= 0) {
            return;
        }
        ConsumptionProbe probe = allowances.tryConsume(key.getPrincipal().keyId(), extra);
        if (!probe.isConsumed()) {
            throw TooManyRequests.allowanceUsed(probe.getNanosToWaitForRefill());
        }
    }
}
