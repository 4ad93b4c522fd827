import { Alert, Anchor, Button, Grid, Group, Paper, Stack, Stepper, Text, Title } from '@mantine/core'
import { IconArrowLeft, IconArrowRight, IconCheck, IconCircleCheck } from '@tabler/icons-react'
import { useEffect, useRef, useState, type ReactNode } from 'react'
import { Link } from 'react-router'
import type { WeekOptions } from '../../../../shared/derive/review/calendar'
import type { WeeklyReviewModel } from '../../../../shared/derive/weeklyReview'
import type { ReviewStep } from '../../../../shared/domain'
import { useWrite } from '../../api/mutations/useWrite'
import { formatDateTime } from '../../lib/format'
import { usePeopleIndex } from '../usePeopleIndex'
import { isSubmitShortcut } from '../useSubmitShortcut'
import { GiveAndTakeStep } from './GiveAndTakeStep'
import { GoingColdStep } from './GoingColdStep'
import { NewPeopleStep } from './NewPeopleStep'
import { NextWeekStep } from './NextWeekStep'
import { NumbersStep } from './NumbersStep'
import { OverdueStep } from './OverdueStep'
import { ReflectionStep, reflectionErrors, type ReflectionDraft } from './ReflectionStep'
import { ReviewFinished } from './ReviewFinished'
import { STEP_ORDER, REVIEW_STEP_TITLES } from './reviewSteps'

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`

/** A line under each step's title in the stepper: how much is waiting there. */
function stepHint(step: ReviewStep, model: WeeklyReviewModel): string {
  const s = model.steps
  switch (step) {
    case 'numbers':
      return plural(s.numbers.figures.find((f) => f.key === 'conversations')?.value ?? 0, 'conversation')
    case 'new-people':
      return s['new-people'].length ? `${s['new-people'].length} new` : 'nobody new'
    case 'going-cold':
      return s['going-cold'].length ? `${s['going-cold'].length} to warm up` : 'all warm'
    case 'overdue':
      return s.overdue.length ? `${s.overdue.length} overdue` : 'none overdue'
    case 'give-and-take':
      return s['give-and-take'].length ? `${s['give-and-take'].length} to thank or repay` : 'all square'
    case 'next-week':
      return plural(s['next-week'].length, 'event')
    case 'reflection':
      return s.reflection.completedAt ? 'written' : 'two questions'
  }
}

/** The seven steps of the weekly review, resumable: every move between steps is saved. */
export function GuidedReview({ model, options }: { model: WeeklyReviewModel; options: WeekOptions }) {
  const { write } = useWrite()
  const people = usePeopleIndex()
  const weekStart = model.week.startDate
  const [active, setActive] = useState(() => Math.max(0, STEP_ORDER.indexOf(model.resumeAt)))
  const [finished, setFinished] = useState(false)
  const [draft, setDraft] = useState<ReflectionDraft>({ wentWell: model.steps.reflection.wentWell, intentions: model.steps.reflection.intentions })
  const [errors, setErrors] = useState<ReturnType<typeof reflectionErrors>>({})
  const [saving, setSaving] = useState(false)
  const completedAt = model.review?.completedAt
  const step = STEP_ORDER[active]!
  const last = active === STEP_ORDER.length - 1

  /** The reflection typed so far, when it differs from what is saved and can be stored. */
  const unsavedDraft = (): ReflectionDraft | undefined => {
    const saved = model.steps.reflection
    const tooLong = reflectionErrors(draft)
    const edited = draft.wentWell !== saved.wentWell || draft.intentions !== saved.intentions
    return edited && !tooLong.wentWell && !tooLong.intentions ? draft : undefined
  }

  // Where the user is, and any reflection typed so far, so closing the app loses nothing.
  const remember = (at: ReviewStep, reflection?: ReflectionDraft) =>
    write((kith) => kith.reviews.save({ weekStart, step: at, ...options, ...reflection }), { failure: 'Kith could not remember where you are in the review' })

  // A move between steps takes the focus to the new step's title, so keyboard and screen-reader
  // users start reading the step they asked for (the Next button alone would only change its label).
  const moved = useRef(false)
  useEffect(() => {
    if (moved.current) document.getElementById('review-step-title')?.focus()
    moved.current = false
  }, [active])
  useEffect(() => {
    if (finished) document.getElementById('review-finished-title')?.focus()
  }, [finished])

  const go = (index: number) => {
    moved.current = true
    setActive(index)
    setFinished(false)
    void remember(STEP_ORDER[index]!, unsavedDraft())
  }

  const complete = async () => {
    const found = reflectionErrors(draft)
    setErrors(found)
    if (Object.keys(found).length) return
    setSaving(true)
    const saved = await write((kith) => kith.reviews.save({ weekStart, ...draft, step: 'reflection', complete: true, ...options }), {
      failure: 'Kith could not save the review',
      done: completedAt ? 'Reflection updated.' : 'Review saved. See you next week!',
    })
    setSaving(false)
    if (saved) setFinished(true)
  }

  const content: Record<ReviewStep, ReactNode> = {
    numbers: <NumbersStep numbers={model.steps.numbers} />,
    'new-people': <NewPeopleStep people={model.steps['new-people']} records={people} />,
    'going-cold': <GoingColdStep cold={model.steps['going-cold']} />,
    overdue: <OverdueStep overdue={model.steps.overdue} />,
    'give-and-take': <GiveAndTakeStep owed={model.steps['give-and-take']} />,
    'next-week': <NextWeekStep events={model.steps['next-week']} />,
    reflection: (
      <ReflectionStep
        reflection={model.steps.reflection}
        draft={draft}
        errors={errors}
        onChange={setDraft}
        onPause={() => {
          const reflection = unsavedDraft()
          if (reflection) void remember('reflection', reflection)
        }}
      />
    ),
  }

  return (
    <Stack gap="md">
      {completedAt && !finished && (
        <Alert color="teal" icon={<IconCircleCheck aria-hidden />} title={`You reviewed this week on ${formatDateTime(completedAt)}`}>
          The summary keeps this week's figures as they were then; the steps below show your journal as it is now, so you can still act on them and edit your
          reflection.{' '}
          <Anchor component={Link} to={`/review/${weekStart}/summary`}>
            Open the one-page summary
          </Anchor>
        </Alert>
      )}
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 3 }}>
          <Stepper active={finished ? STEP_ORDER.length : active} onStepClick={go} orientation="vertical" size="sm" aria-label="Steps of the weekly review">
            {STEP_ORDER.map((id, index) => (
              <Stepper.Step
                key={id}
                label={REVIEW_STEP_TITLES[id]}
                description={stepHint(id, model)}
                aria-current={index === active && !finished ? 'step' : undefined}
              />
            ))}
          </Stepper>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 9 }}>
          {finished ? (
            <ReviewFinished weekStart={weekStart} options={options} onAgain={() => go(0)} />
          ) : (
            <Paper
              withBorder
              radius="md"
              p="lg"
              component="section"
              aria-labelledby="review-step-title"
              onKeyDown={(event) => {
                // Ctrl/Cmd+Enter saves the reflection, as it submits every form.
                if (!last || !isSubmitShortcut(event) || event.defaultPrevented) return
                event.preventDefault()
                void complete()
              }}
            >
              <Group justify="space-between" mb="md" align="baseline">
                <Title order={2} size="h3" id="review-step-title" tabIndex={-1}>
                  {REVIEW_STEP_TITLES[step]}
                </Title>
                <Text size="sm" c="dimmed">
                  Step {active + 1} of {STEP_ORDER.length}
                </Text>
              </Group>
              {content[step]}
              <Group justify="space-between" mt="xl">
                <Button variant="default" leftSection={<IconArrowLeft size={16} aria-hidden />} disabled={active === 0} onClick={() => go(active - 1)}>
                  Back
                </Button>
                {last ? (
                  <Button leftSection={<IconCheck size={16} aria-hidden />} loading={saving} onClick={() => void complete()}>
                    {completedAt ? 'Save reflection' : 'Complete the review'}
                  </Button>
                ) : (
                  <Button rightSection={<IconArrowRight size={16} aria-hidden />} onClick={() => go(active + 1)}>
                    Next: {REVIEW_STEP_TITLES[STEP_ORDER[active + 1]!]}
                  </Button>
                )}
              </Group>
            </Paper>
          )}
        </Grid.Col>
      </Grid>
    </Stack>
  )
}
