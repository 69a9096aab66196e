package io.posflow.settlement.adapter.web;

import io.posflow.settlement.readmodel.state.ClearingDiscrepancyLine;
import io.posflow.settlement.readmodel.state.ClearingDiscrepancyRepository;
import io.posflow.settlement.readmodel.state.KnownMerchantRepository;
import io.posflow.settlement.readmodel.view.LedgerLineRepository;
import io.posflow.settlement.readmodel.view.PayoutDeductionLineRepository;
import io.posflow.settlement.readmodel.view.PayoutLineRepository;
import io.posflow.settlement.readmodel.view.ServiceFeeLineRepository;
import io.posflow.settlement.readmodel.view.StatementLineRepository;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.stream.Collectors;

/** A merchant's statement for one business date (architecture §5). */
@RestController
@RequestMapping("/api/v1/merchants")
class StatementController {

    private final KnownMerchantRepository merchants;
    private final StatementLineRepository lines;
    private final PayoutLineRepository payouts;
    private final ServiceFeeLineRepository fees;
    private final PayoutDeductionLineRepository deductions;
    private final ClearingDiscrepancyRepository clearing;
    private final LedgerLineRepository ledger;

    StatementController(KnownMerchantRepository merchants, StatementLineRepository lines,
                        PayoutLineRepository payouts, ServiceFeeLineRepository fees,
                        PayoutDeductionLineRepository deductions, ClearingDiscrepancyRepository clearing,
                        LedgerLineRepository ledger) {
        this.clearing = clearing;
        this.ledger = ledger;
        this.merchants = merchants;
        this.lines = lines;
        this.payouts = payouts;
        this.fees = fees;
        this.deductions = deductions;
    }

    @GetMapping("/{merchantNo}/statements")
    StatementResponse statement(@PathVariable String merchantNo,
                                @RequestParam(name = "date", required = false) String date) {
        LocalDate businessDate = BusinessDateParameter.parse(date);
        if (!merchants.existsById(merchantNo)) {
            throw new UnknownMerchantException();
        }
        return StatementResponse.of(merchantNo, businessDate,
                lines.findByMerchantNoAndBusinessDateOrderByCapturedAtAscTransactionIdAsc(merchantNo, businessDate),
                lines.findByMerchantNoAndSettlementDateOrderByCapturedAtAscTransactionIdAsc(merchantNo, businessDate),
                payouts.findByMerchantNoAndSettlementDateOrderByLastUpdateAtAscPayoutIdAsc(merchantNo, businessDate),
                fees.findByMerchantNoAndChargedDateOrderByChargedAtAscFeeIdAsc(merchantNo, businessDate),
                deductions.findByMerchantNoAndSettlementDateOrderByPayoutIdAsc(merchantNo, businessDate),
                clearing.findByBusinessDateAndStatus(businessDate, ClearingDiscrepancyLine.Status.HELD).stream()
                        .map(ClearingDiscrepancyLine::transactionId).collect(Collectors.toSet()),
                ledger.findByMerchantNoAndAccountingDate(merchantNo, businessDate));
    }
}
