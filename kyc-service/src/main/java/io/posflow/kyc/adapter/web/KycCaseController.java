package io.posflow.kyc.adapter.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.posflow.kyc.readmodel.state.KycCaseView;
import io.posflow.kyc.readmodel.state.KycCaseViewRepository;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** Ops view of KYC cases. */
@RestController
@RequestMapping("/api/v1/kyc-cases")
public class KycCaseController {

    private static final TypeReference<List<KycCaseResponse.ReasonResponse>> REASONS = new TypeReference<>() {
    };

    private final KycCaseViewRepository cases;
    private final ObjectMapper json;

    public KycCaseController(KycCaseViewRepository cases, ObjectMapper json) {
        this.cases = cases;
        this.json = json;
    }

    @GetMapping("/{caseId}")
    public KycCaseResponse get(@PathVariable String caseId) {
        KycCaseView view = cases.findById(caseId).orElseThrow(() -> new KycCaseNotFoundException(caseId));
        return new KycCaseResponse(view.caseId(), view.subjectType(), view.subjectId(), view.round(), view.status(),
                reasons(view));
    }

    private List<KycCaseResponse.ReasonResponse> reasons(KycCaseView view) {
        try {
            return json.readValue(view.reasonsJson(), REASONS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored reasons of case " + view.caseId() + " are unreadable", e);
        }
    }
}
