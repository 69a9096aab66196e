package io.posflow.platform.problem;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 13: an unexpected error is diagnosable from the log, by the error id its 500 answer carries. */
@ExtendWith(OutputCaptureExtension.class)
class UnexpectedErrorTest {

    @Test
    void anUnexpectedErrorIsLoggedWithItsStackTraceUnderTheErrorIdThatTheAnswerCarries(CapturedOutput output) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/terminals/LKLE0001/transactions");

        ResponseEntity<ProblemDetail> answer = new ProblemDetailsAdvice().unexpected(
                new IllegalStateException("wrapped", new IllegalArgumentException("No enum constant Model.1")), request);

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
        String errorId = (String) answer.getBody().getProperties().get("errorId");
        assertThat(errorId).matches("[0-9a-f-]{36}");
        assertThat(answer.getBody().getProperties()).containsEntry("code", GenericProblemCodes.INTERNAL_ERROR);
        assertThat(answer.getBody().getDetail()).contains(errorId).doesNotContain("enum");
        assertThat(output.getOut()).contains("Unhandled error " + errorId + " on POST /api/v1/terminals/LKLE0001/transactions")
                .contains("Caused by: java.lang.IllegalArgumentException: No enum constant Model.1")
                .contains("at io.posflow.platform.problem.UnexpectedErrorTest");
    }
}
