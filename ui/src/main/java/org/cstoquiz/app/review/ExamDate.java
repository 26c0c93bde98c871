package org.cstoquiz.app.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

@Entity
@Table(name = "exam_date")
class ExamDate {

    @Id
    @Column(length = 64)
    private String username;

    @Column(name = "exam_date", nullable = false)
    private LocalDate date;

    protected ExamDate() {
    }

    ExamDate(String username, LocalDate date) {
        this.username = username;
        this.date = date;
    }

    LocalDate date() {
        return date;
    }

    void change(LocalDate newDate) {
        this.date = newDate;
    }
}
