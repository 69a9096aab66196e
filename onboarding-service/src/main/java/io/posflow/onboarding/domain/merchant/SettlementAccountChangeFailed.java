package io.posflow.onboarding.domain.merchant;

import io.posflow.contracts.reasons.Reason;
import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.List;

/** O10: the change was not verified; the merchant keeps its account and may request another change. */
@Revision("1")
public record SettlementAccountChangeFailed(MerchantNo merchantNo, AccountChangeId changeId, List<Reason> reasons,
                                            Instant failedAt) {
}
