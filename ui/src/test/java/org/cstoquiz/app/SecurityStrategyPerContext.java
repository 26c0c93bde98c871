package org.cstoquiz.app;

import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategy;
import org.springframework.core.Ordered;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Every Vaadin application context installs its own security-context strategy as the JVM-wide one,
 * so after a second context starts, a test running in the first would read its mock user from a
 * strategy its views never consult. Before each test, and before {@code @WithMockUser} puts the
 * user in place, this re-installs the strategy of the test's own context.
 */
public class SecurityStrategyPerContext implements TestExecutionListener, Ordered {

    @Override
    public void beforeTestMethod(TestContext testContext) {
        if (testContext.hasApplicationContext()) {
            testContext.getApplicationContext().getBeanProvider(VaadinAwareSecurityContextHolderStrategy.class)
                    .ifAvailable(SecurityContextHolder::setContextHolderStrategy);
        }
    }

    @Override
    public int getOrder() {
        return 9_000; // WithSecurityContextTestExecutionListener runs at 10,000
    }
}
