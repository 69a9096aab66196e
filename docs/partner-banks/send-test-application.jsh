// Sends one signed TESTBANK application to the local stack and prints its feedback (docs/partner-banks.md §7).
// TEST ONLY: the private key below is the documented TESTBANK test key, registered by the simulation profile.
// Usage: DOC=<documentId> jshell --class-path "$(cat local-stack/target/classpath.txt)" docs/partner-banks/send-test-application.jsh
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

// Quiet the Kafka clients (the local stack's classpath brings slf4j-simple).
System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");

boolean SIGN = true;
String BROKER = System.getenv().getOrDefault("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:9092");
String DOC = System.getenv("DOC");
String TESTBANK_PRIVATE_KEY = "MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQguT1MdZWxCe+vPOx9ckJwEAo1BYNNxaP3OukW/DdpbE6hRANCAAQaQGRpLW371LnB9LU2WMDeey9YtOHkiew1NHDTQ0RxneWQH0CY92Nxzh5nTFNzCde38NwT32qjR7F1zhOxZM3s";

String reference = "TESTBANK-" + System.currentTimeMillis();
String key = "TESTBANK:" + reference;
// A valid GB 11643 test number (born 1990-03-07), different on each run: one ID number may apply 3 times (O8).
String body = "11010519900307" + String.format("%03d", (int) (System.currentTimeMillis() % 1000));
int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
int sum = 0;
for (int i = 0; i < 17; i++) sum += (body.charAt(i) - '0') * weights[i];
String idNumber = body + "10X98765432".charAt(sum % 11);

String value = """
    {"bankCode":"TESTBANK","bankReference":"%s","branchCode":"110105001","staffId":"E2231",
     "verifiedInPersonAt":"2026-11-22T02:10:00Z",
     "application":{"applicantType":"PERSONAL","merchantName":"北京市朝阳区老王便利店","mcc":"5411",
      "businessAddress":{"province":"北京市","city":"北京市","district":"朝阳区","street":"建国路88号"},
      "deviceModel":"ESIGN","settlementSpeed":"T1",
      "applicant":{"name":"王小明","idNumber":"%s","idValidUntil":"2035-05-01","phone":"13800138000"},
      "settlementAccount":{"holderName":"王小明","cardNumber":"6222021234567890128","bankName":"中国工商银行",
                           "branchName":"中国工商银行北京朝阳支行","reservedPhone":"13800138000"},
      "materials":[{"kind":"ID_FRONT","documentId":"%3$s"},{"kind":"ID_BACK","documentId":"%3$s"},
                   {"kind":"BANK_CARD","documentId":"%3$s"},{"kind":"SCENE_PHOTO","documentId":"%3$s"}],
      "agreement":{"signedName":"王小明"}}}
    """.formatted(reference, idNumber, DOC);
byte[] bytes = value.getBytes(StandardCharsets.UTF_8);

Signature ecdsa = Signature.getInstance("SHA256withECDSA");
ecdsa.initSign(KeyFactory.getInstance("EC").generatePrivate(
        new PKCS8EncodedKeySpec(Base64.getDecoder().decode(TESTBANK_PRIVATE_KEY))));
ecdsa.update(bytes);
String signature = Base64.getEncoder().encodeToString(ecdsa.sign());

ProducerRecord<String, byte[]> record = new ProducerRecord<>("partner-bank.applications.v1", key, bytes);
if (SIGN) {
    record.headers().add("x-partner-signature", signature.getBytes(StandardCharsets.US_ASCII));
    record.headers().add("x-partner-key-id", "testbank-2026".getBytes(StandardCharsets.US_ASCII));
}
try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.<String, Object>of(
        "bootstrap.servers", BROKER, "max.block.ms", 10000), new StringSerializer(), new ByteArraySerializer())) {
    producer.send(record).get();
    System.out.println("sent " + key + (SIGN ? " (signed with testbank-2026)" : " (unsigned)"));
}

try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.<String, Object>of(
        "bootstrap.servers", BROKER, "enable.auto.commit", false), new StringDeserializer(), new ByteArrayDeserializer())) {
    List<TopicPartition> partitions = consumer.partitionsFor("partner-bank.application-feedback.v1").stream()
            .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
    consumer.assign(partitions);
    consumer.seekToBeginning(partitions);
    long until = System.currentTimeMillis() + 30_000;
    while (System.currentTimeMillis() < until) {
        for (var r : consumer.poll(Duration.ofMillis(500))) {
            if (key.equals(r.key())) {
                System.out.println(new String(r.headers().lastHeader("ce_type").value(), StandardCharsets.UTF_8)
                        + " " + new String(r.value(), StandardCharsets.UTF_8));
            }
        }
    }
}
/exit
