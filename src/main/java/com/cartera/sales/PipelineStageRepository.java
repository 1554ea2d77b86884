package com.cartera.sales;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface PipelineStageRepository extends JpaRepository<PipelineStage, Long> {

    List<PipelineStage> findByPipelineIdOrderByPositionAsc(long pipelineId);
}
