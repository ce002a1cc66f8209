package dev.fastpath.autoconfigure.web.sample;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Import;

/** The application both servers run in the differential and integration tests. */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import({SampleController.class, UsersController.class, SampleAdvice.class})
public class SampleApplication {}
