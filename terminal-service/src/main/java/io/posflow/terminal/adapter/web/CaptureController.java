package io.posflow.terminal.adapter.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.posflow.contracts.money.Money;
import io.posflow.platform.problem.FieldProblem;
import io.posflow.platform.problem.GenericProblemCodes;
import io.posflow.platform.problem.ProblemException;
import io.posflow.terminal.domain.terminal.BinTable;
import io.posflow.terminal.domain.terminal.Card;
import io.posflow.terminal.domain.terminal.PaymentChannel;
import io.posflow.terminal.domain.terminal.PaymentMethod;
import io.posflow.terminal.domain.terminal.SerialNumber;
import io.posflow.terminal.domain.terminal.TransactionId;
import io.posflow.terminal.domain.terminal.Wallet;
import io.posflow.terminal.readmodel.state.CaptureAnswer;
import io.posflow.terminal.usecase.Captures;
import io.posflow.terminal.usecase.CardFingerprints;
import io.posflow.terminal.usecase.DeviceCapture;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static io.posflow.terminal.adapter.web.TerminalRefusedException.refusedAsProblem;

/**
 * T3/T4/T5/T7: the device captures a SALE, a VOID or a REFUND. The body is read as a tree first so that card data which must
 * never be sent (CVV, PIN, track data) is refused before anything binds, logs or stores it. A decline is an
 * answer (201 DECLINED with a reason), not an error.
 */
@RestController
@RequestMapping("/api/v1/terminals/{serialNumber}/transactions")
class CaptureController {

    /** Field names (lower case, letters and digits only) that carry data a capture must never hold. */
    private static final Set<String> FORBIDDEN = Set.of("cvv", "cvv2", "cvc", "cvc2", "cvn", "cvn2", "pin",
            "pinblock", "track", "track1", "track2", "track3", "trackdata", "track2data");

    private final KnownTerminals known;
    private final Captures captures;
    private final CardFingerprints fingerprints;
    private final BinTable bins;
    private final ObjectMapper json;

    CaptureController(KnownTerminals known, Captures captures, CardFingerprints fingerprints, BinTable bins,
                      ObjectMapper json) {
        this.known = known;
        this.captures = captures;
        this.fingerprints = fingerprints;
        this.bins = bins;
        this.json = json;
    }

    @PostMapping
    ResponseEntity<CaptureResponse> capture(@PathVariable String serialNumber, @RequestBody JsonNode body) {
        if (carriesForbiddenData(body)) {
            throw new SensitiveCardDataException();
        }
        SerialNumber serial = known.serial(serialNumber);
        CaptureRequest request = read(body);
        List<FieldProblem> problems = request.problems();
        if (!problems.isEmpty()) {
            throw new InvalidCaptureException(problems);
        }
        DeviceCapture capture = capture(serial, request);
        String requestHash = fingerprints.ofRequest(request.canonical(serial.value()));
        CaptureAnswer answer = refusedAsProblem(() -> captureOnce(capture, requestHash));
        return ResponseEntity.created(URI.create("/api/v1/terminals/" + serial.value() + "/transactions/"
                + answer.transactionId())).body(CaptureResponse.of(answer));
    }

    /**
     * The same id arriving concurrently on another terminal collides on the answer's key; after the other
     * commits, asking again gives the stored answer or the conflict.
     */
    private CaptureAnswer captureOnce(DeviceCapture capture, String requestHash) {
        try {
            return captures.capture(capture, requestHash);
        } catch (DataIntegrityViolationException collided) {
            return captures.capture(capture, requestHash);
        }
    }

    /** What the device asked, as the use case takes it; the facts the terminal decides from are added there. */
    private DeviceCapture capture(SerialNumber serial, CaptureRequest request) {
        TransactionId original = request.originalTransactionId() == null ? null
                : TransactionId.of(request.originalTransactionId());
        return new DeviceCapture(serial, TransactionId.of(request.transactionId()), request.kind(), original,
                payment(request), Money.ofFen(request.amountFen()), request.deviceTime());
    }

    private PaymentMethod payment(CaptureRequest request) {
        if (request.channel() == PaymentChannel.QR) {
            return PaymentMethod.qr(request.wallet(), request.wallet() == Wallet.UNIONPAY ? request.cardType() : null);
        }
        String pan = request.pan();
        String bin = pan.substring(0, 6);
        return PaymentMethod.card(new Card(bin, pan.substring(pan.length() - 4), fingerprints.ofPan(pan),
                request.cardType(), bins.typeOf(bin).orElse(null)));
    }

    private CaptureRequest read(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw malformed();
        }
        try {
            return json.treeToValue(body, CaptureRequest.class);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw malformed(); // the parser's message may quote a value (a PAN): say nothing of it
        }
    }

    private static ProblemException malformed() {
        return new ProblemException(HttpStatus.BAD_REQUEST, GenericProblemCodes.MALFORMED_REQUEST,
                "The request body is not valid JSON for this endpoint.");
    }

    private static boolean carriesForbiddenData(JsonNode node) {
        if (node == null) {
            return false;
        }
        if (node.isArray()) {
            for (JsonNode element : node) {
                if (carriesForbiddenData(element)) {
                    return true;
                }
            }
            return false;
        }
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (FORBIDDEN.contains(name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", ""))
                    || carriesForbiddenData(node.get(name))) {
                return true;
            }
        }
        return false;
    }
}
