package gov.supervision.query;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;

/** The configuration slice tests of the query side start from. */
@SpringBootConfiguration
@EnableAutoConfiguration
class QuerySideTestConfiguration {
}
