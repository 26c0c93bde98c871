package org.cstoquiz.app;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.server.PWA;
import com.vaadin.flow.theme.lumo.Lumo;
import org.cstoquiz.app.cli.CommandLineEntry;
import org.cstoquiz.app.config.DataDirectoryGuard;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@EnableScheduling
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet(Lumo.UTILITY_STYLESHEET)
@StyleSheet("styles/quiz.css")
@PWA(name = "CSTO Quiz", shortName = "CSTO Quiz")
public class Application implements AppShellConfigurator {

    public static void main(String[] args) {
        if (CommandLineEntry.isCommandLineInvocation(args)) {
            System.exit(CommandLineEntry.run(args, System.out, System.err));
        }
        DataDirectoryGuard.exitOnFailure();
        SpringApplication.run(Application.class, args);
    }
}
