package se.kompetensresan.training;

/**
 * Training activities, participants and attendance. CONTRACT; the training helper implements it.
 */
@org.springframework.stereotype.Service
public class TrainingService {
}
