import { Button, Center, Group, Loader, Select, Stack, Switch, Tabs, Text } from '@mantine/core'
import { IconBolt, IconMessagePlus, IconNotes, IconTimeline } from '@tabler/icons-react'
import { useMemo, useState } from 'react'
import { useNavigate } from 'react-router'
import type { Stage } from '../../../shared/derive/relationships'
import { useQuery } from '@tanstack/react-query'
import { eventQueries } from '../api/queries/events'
import { journalQueries } from '../api/queries/journal'
import { EmptyState } from '../components/EmptyState'
import { ActivityFeed } from '../components/network/ActivityFeed'
import { networkActions } from '../components/network/networkActions'
import { NetworkTimeline, StageLegend } from '../components/network/NetworkTimeline'
import { SEARCHABLE, StageFilter, TagFilter } from '../components/network/ListFilters'
import { laneRows, type LaneGrouping, type LaneSort } from '../components/network/timeline/laneOrder'
import { LaneOrderControls, ZoomControls } from '../components/network/timeline/TimelineControls'
import { TimelineOverview } from '../components/network/timeline/TimelineOverview'
import { useTimelineSpan } from '../components/network/timeline/useTimelineSpan'
import { useTimelineLanes } from '../components/network/useTimelineLanes'
import { PageHeader } from '../components/PageHeader'
import { QueryView } from '../components/QueryView'
import { usePeopleIndex } from '../components/usePeopleIndex'

function RecentActivity() {
  const people = usePeopleIndex()
  return <ActivityFeed people={people} />
}

export function TimelinePage() {
  const navigate = useNavigate()
  const [sort, setSort] = useState<LaneSort>('first-met')
  const [grouping, setGrouping] = useState<LaneGrouping>('none')
  const [eventId, setEventId] = useState<string | null>(null)
  const [tag, setTag] = useState<string | null>(null)
  const [stage, setStage] = useState<Stage | null>(null)
  const [goingCold, setGoingCold] = useState(false)
  const [includeArchived, setIncludeArchived] = useState(false)
  const [tab, setTab] = useState<string | null>('lanes')

  const status = useQuery(journalQueries.status())
  // The event filter needs the journal (who met, was expected or talked there); tag, stage
  // and "going cold" are filtered here so the menus always offer every tag.
  const { query: model, total, partial } = useTimelineLanes(eventId, includeArchived)
  // The event menu's list waits for the lanes: the lanes are what a user opens the page for.
  const events = useQuery({ ...eventQueries.list(), enabled: model.data !== undefined && !partial })
  const tags = useMemo(() => [...new Set((model.data?.lanes ?? []).flatMap((lane) => lane.tags))].sort(), [model.data])
  const filtering = Boolean(tag || stage || goingCold)
  const lanes = useMemo(
    () => (model.data?.lanes ?? []).filter((lane) => (!tag || lane.tags.includes(tag)) && (!stage || lane.stage === stage) && (!goingCold || lane.goingCold)),
    [model.data, tag, stage, goingCold],
  )
  // Until the whole timeline is here, the count is the service's total; a filter's count waits for the rest.
  const laneCount = partial ? (filtering ? undefined : total) : lanes.length
  const eventOptions = useMemo(
    () => [...(events.data ?? [])].sort((a, b) => b.startsAt.localeCompare(a.startsAt)).map((e) => ({ value: e.id, label: e.title })),
    [events.data],
  )
  const count = status.data?.counts.people
  const allLanes = useMemo(() => model.data?.lanes ?? [], [model.data])
  const eventTitles = useMemo(() => new Map((events.data ?? []).map((e) => [e.id, e.title])), [events.data])
  const ordered = useMemo(() => laneRows(lanes, sort, grouping, eventTitles), [lanes, sort, grouping, eventTitles])
  const view = useTimelineSpan(lanes, allLanes, model.data ? Date.parse(model.data.end) : 0, model.data?.start)

  return (
    <>
      <PageHeader
        title="Timeline"
        description="Every relationship from the first meeting to today, with a marker at each stage and referral."
        actions={
          <>
            {count !== undefined && (
              <Text size="sm" c="dimmed">
                {count.toLocaleString()} {count === 1 ? 'person' : 'people'} in your journal
              </Text>
            )}
            <Button variant="light" leftSection={<IconMessagePlus size={18} aria-hidden />} onClick={() => networkActions.logConversation()}>
              Log conversation
            </Button>
            <Button variant="light" leftSection={<IconNotes size={18} aria-hidden />} onClick={() => networkActions.captureNote()}>
              Capture a note
            </Button>
            <Button leftSection={<IconBolt size={18} aria-hidden />} onClick={() => networkActions.quickCapture()}>
              Quick capture
            </Button>
          </>
        }
      />
      <Tabs value={tab} onChange={setTab} keepMounted={false}>
        <Tabs.List mb="md">
          <Tabs.Tab value="lanes">Relationships</Tabs.Tab>
          <Tabs.Tab value="activity">Recent activity</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="lanes">
          <QueryView query={model}>
            {(data) =>
              data.lanes.length === 0 && !eventId && !includeArchived ? (
                <EmptyState
                  icon={<IconTimeline aria-hidden />}
                  title="Nothing on your timeline yet"
                  action={<Button onClick={() => networkActions.quickCapture()}>Capture people you met</Button>}
                >
                  Each person you meet becomes a lane here, from the first meeting to today, with a marker for every follow-up, one-to-one and referral.
                </EmptyState>
              ) : (
                <Stack gap="sm">
                  <Group gap="sm" align="flex-end" wrap="wrap">
                    <Select label="Event" placeholder="Any event" data={eventOptions} value={eventId} onChange={setEventId} clearable {...SEARCHABLE} w={200} />
                    <TagFilter tags={tags} value={tag} onChange={setTag} />
                    <StageFilter value={stage} onChange={setStage} w={170} />
                    <LaneOrderControls sort={sort} onSort={setSort} grouping={grouping} onGroup={setGrouping} />
                  </Group>
                  <Group gap="sm" align="center" wrap="wrap">
                    <ZoomControls view={view} />
                    <Switch label="Going cold" checked={goingCold} onChange={(e) => setGoingCold(e.currentTarget.checked)} />
                    <Switch label="Show archived" checked={includeArchived} onChange={(e) => setIncludeArchived(e.currentTarget.checked)} />
                    <Text size="sm" c="dimmed" ml="auto" aria-live="polite">
                      {laneCount === undefined ? 'Counting lanes…' : `${laneCount.toLocaleString()} ${laneCount === 1 ? 'lane' : 'lanes'}`}
                    </Text>
                  </Group>
                  {/* What the colours mean, in view with the lanes: not only in a marker's tooltip. */}
                  <StageLegend />
                  {allLanes.length > 0 && <TimelineOverview lanes={allLanes} view={view} />}
                  {lanes.length === 0 && partial ? (
                    <Center py="xl">
                      <Loader aria-label="Loading" />
                    </Center>
                  ) : lanes.length === 0 ? (
                    <Text c="dimmed">Nobody matches these filters. Clear a filter to see more relationships.</Text>
                  ) : (
                    <NetworkTimeline
                      model={{ ...data, lanes }}
                      total={laneCount}
                      view={view}
                      rows={ordered.rows}
                      onOpen={(id) => void navigate(`/people/${id}`)}
                    />
                  )}
                </Stack>
              )
            }
          </QueryView>
        </Tabs.Panel>
        <Tabs.Panel value="activity">
          <RecentActivity />
        </Tabs.Panel>
      </Tabs>
    </>
  )
}
